package io.dateline.articles.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The authors named in a byline: "By Jane Doe and John Roe", "Par Marie Dupont, AFP". */
final class Byline {

    private static final CueFile CUES = CueFile.load("page-text-cues.txt");
    private static final List<String> BY = CUES.section("by");
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.copyOf(CUES.section("not-names"));
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|&|;|\\band\\b|\\bet\\b|\\bund\\b|\\by\\b|\\be\\b|\\bи\\b)\\s*");
    private static final Pattern TAIL = Pattern.compile(
            "\\s*(?:[|•·–—]|\\s-\\s|\\bfor\\b|\\bin\\b|\\bat\\b|\\bUpdated\\b|\\bPublished\\b|\\bPosted\\b|\\d).*$");
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+(?:(?:van|von|de|da|del|der|di|la|le|bin|al|ibn)\\s+)*\\p{Lu}[\\p{L}.'’\\-]*){1,3}");

    private static final Pattern SIGNED = Pattern.compile("^(\\p{Lu}[^,|]{2,40}?)\\s*(?:,|\\|)\\s*([^,|]{2,40})$");
    private static final Pattern DOMAIN = Pattern.compile("\\w\\.\\p{Alpha}{2,7}$");

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
            return signed(text);
        }
        rest = TAIL.matcher(rest).replaceFirst("");
        List<String> authors = new ArrayList<>();
        for (String part : SEPARATOR.split(rest)) {
            String name = nameOnly(part.strip());
            if (NAME.matcher(name).matches() && !Dateline.isAgency(name)) {
                authors.add(name);
            } else if (authors.isEmpty() || part.isBlank() || !Character.isUpperCase(part.strip().charAt(0))) {
                break; // the first part must be a name; lower-case words end the names
            }
            // a capitalised part that is no name ("AP Auto Writer") is a role or an outlet: skipped
        }
        return authors;
    }

    /** The name's words up to a role, day or outlet word ("Jane Doe Staff Writer" is "Jane Doe"), title-cased. */
    private static String nameOnly(String part) {
        StringBuilder name = new StringBuilder();
        for (String word : part.split("\\s+")) {
            if (NOT_NAMES.contains(word.toLowerCase(Locale.ROOT).replace(".", "")) || Dateline.isAgency(word)) {
                break;
            }
            name.append(name.length() == 0 ? "" : " ").append(word);
            if (word.endsWith(".") && word.length() > 2) {
                break; // "Doe." ends a sentence, not an initial
            }
        }
        String result = Dateline.titleCase(name.toString());
        return result.endsWith(".") && !result.matches(".*\\b\\p{Lu}\\.$") ? result.substring(0, result.length() - 1) : result;
    }

    /** "Jane Doe, Reuters", "Jane Doe, Example.com", "Jane Doe | Staff Writer": a name signed with an outlet or role. */
    private static List<String> signed(String text) {
        Matcher m = SIGNED.matcher(text);
        if (!m.matches()) {
            return List.of();
        }
        String outlet = m.group(2);
        boolean outletLike = Dateline.isAgency(outlet) || DOMAIN.matcher(outlet).find()
                || java.util.Arrays.stream(outlet.split("\\s+")).anyMatch(w -> NOT_NAMES.contains(w.toLowerCase(Locale.ROOT)));
        String name = nameOnly(m.group(1));
        return outletLike && NAME.matcher(name).matches() ? List.of(name) : List.of();
    }

    static boolean opensWithBy(String text) {
        return afterBy(text.strip()) != null;
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
