package io.dateline.gateway.ui;

/** A page that cannot be shown for a reason the reader should see: not found, forbidden, invalid. */
public class PageProblem extends RuntimeException {

    private final int status;

    public PageProblem(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
