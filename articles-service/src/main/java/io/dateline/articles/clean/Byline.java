package io.dateline.articles.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The authors named in a byline: "By Jane Doe and John Roe", "Par Marie Dupont, AFP". */
final class Byline {

    private static final List<String> BY = CueFile.load("page-text-cues.txt").section("by");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|&|;|\\band\\b|\\bet\\b|\\bund\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*");
    private static final Pattern TAIL = Pattern.compile(
            "\\s*(?:[|•·–—]|\\s-\\s|\\bfor\\b|\\bin\\b|\\bat\\b|\\bUpdated\\b|\\bPublished\\b|\\bPosted\\b|\\d).*$");
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+(?:(?:van|von|de|da|del|der|di|la|le|bin|al|ibn)\\s+)*\\p{Lu}[\\p{L}.'’\\-]*){1,3}");

    private Byline() {
    }

    /** The authors when the line is a byline, else an empty list. */
    static List<String> authors(String line) {
        String text = LineShape.withoutBullet(line.strip());
        if (LineShape.words(text) > 16) {
            return List.of();
        }
        String rest = afterBy(text);
        if (rest == null) {
            return List.of();
        }
        rest = TAIL.matcher(rest).replaceFirst("");
        List<String> authors = new ArrayList<>();
        for (String part : SEPARATOR.split(rest)) {
            String name = part.strip();
            if (NAME.matcher(name).matches() && !Dateline.isAgency(name)) {
                authors.add(Dateline.titleCase(name));
            } else if (!name.isEmpty() && !Dateline.isAgency(name)) {
                break; // the names end where ordinary words begin
            }
        }
        return authors;
    }

    private static String afterBy(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String by : BY) {
            if (lower.startsWith(by + " ") || lower.startsWith(by + ": ")) {
                return text.substring(by.length()).replaceFirst("^:?\\s+", "");
            }
        }
        return null;
    }
}
