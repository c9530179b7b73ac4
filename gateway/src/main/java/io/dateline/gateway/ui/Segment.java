package io.dateline.gateway.ui;

import io.quarkus.qute.TemplateData;

/**
 * A run of text with one look: plain ({@code kind} null), a search hit, or an annotated span with
 * what hovering shows ({@code title}) and where it leads ({@code href}). Templates write
 * {@code text} and {@code title} escaped, like everything else.
 */
@TemplateData
public record Segment(String text, String kind, String title, String href) {

    public static Segment plain(String text) {
        return new Segment(text, null, null, null);
    }
}
