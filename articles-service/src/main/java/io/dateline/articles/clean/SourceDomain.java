package io.dateline.articles.clean;

import java.net.URI;
import java.util.Locale;

/** The source of an article: its url's host without "www." ("reuters.com"). */
final class SourceDomain {

    private SourceDomain() {
    }

    static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }
}
