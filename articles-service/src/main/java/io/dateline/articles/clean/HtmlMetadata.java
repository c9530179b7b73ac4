package io.dateline.articles.clean;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What an HTML page says about itself in its head, structured data and byline: title, date, authors. */
record HtmlMetadata(String title, OffsetDateTime published, List<String> authors) {

    private static final String[] DATE_META = {
        "meta[property=article:published_time]", "meta[property=og:published_time]",
        "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]",
        "meta[name=parsely-pub-date]", "meta[name=sailthru.date]", "meta[name=dc.date.issued]",
        "meta[name=dc.date]", "meta[name=dcterms.created]", "meta[name=date]", "meta[name=article.published]",
        "meta[name=og:published_time]", "meta[property=article:modified_time]"};
    private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern LD_AUTHOR = Pattern.compile("\"author\"\\s*:\\s*(\\{[^}]*}|\\[[^\\]]*]|\"[^\"]*\")");
    private static final Pattern LD_NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[|–—-]\\s+|\\s+::\\s+|\\s+»\\s+");

    static HtmlMetadata read(Document doc) {
        return new HtmlMetadata(title(doc), published(doc), authors(doc));
    }

    static String title(Document doc) {
        String og = attr(doc, "meta[property=og:title]", "meta[name=twitter:title]");
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        String heading = h1 == null ? null : BlockText.collapse(h1.text());
        String candidate = og != null ? og : BlockText.collapse(doc.title());
        if (heading != null && !heading.isEmpty() && (candidate.isEmpty() || candidate.contains(heading))) {
            return heading;
        }
        return candidate.isEmpty() ? heading : withoutSiteName(candidate);
    }

    /** "Story title | Site Name" becomes "Story title" when the last part is short. */
    static String withoutSiteName(String title) {
        String[] parts = TITLE_PARTS.split(title);
        if (parts.length < 2 || LineShape.words(parts[parts.length - 1]) > 4) {
            return title;
        }
        Matcher m = TITLE_PARTS.matcher(title);
        int lastSeparator = -1;
        while (m.find()) {
            lastSeparator = m.start();
        }
        return title.substring(0, lastSeparator).strip();
    }

    static OffsetDateTime published(Document doc) {
        for (String selector : DATE_META) {
            OffsetDateTime date = dateOf(attr(doc, selector));
            if (date != null) {
                return date;
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = LD_DATE.matcher(script.data());
            if (m.find() && dateOf(m.group(1)) != null) {
                return dateOf(m.group(1));
            }
        }
        Element time = doc.selectFirst("time[itemprop=datePublished], time[pubdate], article time[datetime], time[datetime]");
        return time == null ? null : dateOf(time.hasAttr("datetime") ? time.attr("datetime") : time.text());
    }

    static List<String> authors(Document doc) {
        Set<String> authors = new LinkedHashSet<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = LD_AUTHOR.matcher(script.data());
            if (m.find()) {
                Matcher name = LD_NAME.matcher(m.group(1));
                while (name.find()) {
                    addName(authors, name.group(1));
                }
                if (m.group(1).startsWith("\"")) {
                    addName(authors, m.group(1).replace("\"", ""));
                }
            }
        }
        if (authors.isEmpty()) {
            for (Element meta : doc.select("meta[name=author], meta[property=article:author], meta[name=byl]")) {
                authors.addAll(namesIn(meta.attr("content")));
            }
        }
        if (authors.isEmpty()) {
            for (Element e : doc.select("[rel=author], [itemprop=author], [class*=byline], [class*=author-name]")) {
                authors.addAll(namesIn(e.text()));
                if (!authors.isEmpty()) {
                    break;
                }
            }
        }
        return new ArrayList<>(authors);
    }

    private static List<String> namesIn(String text) {
        String value = text.strip();
        if (value.isEmpty() || value.contains("://") || value.contains("/")) {
            return List.of();
        }
        return Byline.authors(Byline.opensWithBy(value) ? value : "By " + value);
    }

    private static void addName(Set<String> authors, String name) {
        authors.addAll(namesIn(name));
    }

    private static OffsetDateTime dateOf(String value) {
        return value == null || value.isBlank() ? null : DateWords.find(value);
    }

    private static String attr(Document doc, String... selectors) {
        for (String selector : selectors) {
            Element e = doc.selectFirst(selector);
            if (e != null && !e.attr("content").isBlank()) {
                return BlockText.collapse(e.attr("content"));
            }
        }
        return null;
    }
}
