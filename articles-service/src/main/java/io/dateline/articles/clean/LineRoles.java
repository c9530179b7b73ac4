package io.dateline.articles.clean;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Gives each line of a page's text a role. Chrome is told by the line's cues (menus, comment
 * forms, list headings, captions, credits), its shape (bullets, breadcrumbs, links, Title Case)
 * and its position: before the story's first prose line (the page header), inside the story, or
 * after its last prose line (the page footer).
 */
final class LineRoles {

    private static final int FOOTER_LABEL = 3;

    private final List<String> lines;
    private final LineRole[] roles;
    private final String givenTitle;
    private final String givenTitleKey;
    /** Each line's {@link LineShape#key}, worked out when first needed. */
    private final String[] keys;

    private LineRoles(List<String> lines, String givenTitle) {
        this.lines = lines;
        this.roles = new LineRole[lines.size()];
        this.givenTitle = givenTitle;
        this.givenTitleKey = givenTitle == null ? null : LineShape.key(givenTitle);
        this.keys = new String[lines.size()];
        Arrays.fill(roles, LineRole.STORY);
    }

    static LineRole[] of(List<String> lines, String givenTitle) {
        LineRoles r = new LineRoles(lines, givenTitle);
        r.markCues();
        r.markComments();
        r.markLists();
        r.markCaptionDuplicates();
        int first = r.nextProse(0);
        int last = r.lastProse();
        if (first >= 0) {
            int[] block = StoryBlock.of(lines, r.roles);
            first = block[0];
            last = block[1];
            r.markOutside(first, last);
        }
        if (first < 0) {
            r.markHeader(lines.size());
            return r.roles;
        }
        r.markHeader(first);
        r.markBody(first, last);
        r.markFooter(last);
        return r.roles;
    }

    /** For paragraphs already cut from a page's layout (HTML): only cues, no header or footer rules. */
    static LineRole[] byCues(List<String> lines) {
        LineRoles r = new LineRoles(lines, null);
        r.markCues();
        r.markComments();
        r.markLists();
        r.markCaptionDuplicates();
        for (int i = 0; i < lines.size(); i++) {
            if (r.roles[i] == LineRole.STORY && !LineShape.prose(lines.get(i))) {
                r.markMetadata(i);
            }
        }
        return r.roles;
    }

    private void markCues() {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (PageCues.menu(line) || LineShape.breadcrumb(line) || PageCues.chromeLine(line)
                    || LineShape.linkShare(line) > 0.5) {
                roles[i] = LineRole.CHROME;
            }
        }
    }

    /** A comment form or count ends the story: everything from it on is chrome. */
    private void markComments() {
        for (int i = 0; i < lines.size(); i++) {
            if (PageCues.opensComments(lines.get(i)) && nextProse(0) < i) {
                Arrays.fill(roles, i, lines.size(), LineRole.CHROME);
                return;
            }
        }
    }

    /** "Most read", "Latest Posts": the heading and the headlines listed under it. */
    private void markLists() {
        for (int i = 0; i < lines.size(); i++) {
            if (!PageCues.listHeading(lines.get(i))) {
                continue;
            }
            roles[i] = LineRole.CHROME;
            for (int j = i + 1; j < lines.size() && !LineShape.prose(lines.get(j)); j++) {
                roles[j] = LineRole.CHROME;
            }
        }
    }

    /** A caption often repeats the line before it with a credit added: "X. | Photo: Y". */
    private void markCaptionDuplicates() {
        for (int i = 1; i < lines.size(); i++) {
            String before = LineShape.withoutBullet(lines.get(i - 1)).strip();
            if (roles[i] == LineRole.CHROME && before.length() > 10 && lines.get(i).contains(before)) {
                roles[i - 1] = LineRole.CHROME;
            }
        }
    }

    /** Before the story: the title, the date and byline lines; the rest is chrome unless it reads as a standfirst. */
    /** Prose before the story is other stories' teasers; after it, all but short sentences is furniture. */
    private void markOutside(int first, int last) {
        for (int i = 0; i < first; i++) {
            if (roles[i] == LineRole.STORY && LineShape.prose(lines.get(i))) {
                roles[i] = LineRole.CHROME;
            }
        }
        for (int i = last + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (roles[i] == LineRole.STORY && (LineShape.prose(line) || !LineShape.endsSentence(line))) {
                roles[i] = LineRole.CHROME;
            }
        }
    }

    private void markHeader(int end) {
        for (int i = 0; i < end; i++) {
            if (roles[i] != LineRole.STORY) {
                continue;
            }
            String line = lines.get(i);
            if (sameAsTitle(i)) {
                roles[i] = titleIndex() < 0 && givenTitle == null ? LineRole.TITLE : LineRole.CHROME;
            } else if (markMetadata(i)) {
                continue;
            } else if (LineShape.bulletLed(line)) {
                roles[i] = LineRole.CHROME;
            } else if (titleIndex() < 0 && givenTitle == null && LineShape.headlineShaped(line)
                    && LineShape.words(line) >= 3) {
                roles[i] = LineRole.TITLE;
            } else if (LineShape.words(line) < 8 && !(LineShape.endsSentence(line) && LineShape.words(line) >= 5)) {
                roles[i] = LineRole.CHROME; // a short sentence may be a standfirst; other short lines are labels
            }
        }
    }

    private void markBody(int first, int last) {
        int titleCased = 0;
        for (int i = first; i <= last; i++) {
            titleCased += roles[i] == LineRole.STORY && insertedHeadline(lines.get(i)) ? 1 : 0;
        }
        for (int i = first; i <= last; i++) {
            if (roles[i] != LineRole.STORY) {
                continue;
            }
            String line = lines.get(i);
            if (sameAsTitle(i) || (titleCased == 1 && insertedHeadline(line))) {
                roles[i] = LineRole.CHROME;
            } else if (!LineShape.prose(line)) {
                markMetadata(i);
            }
        }
    }

    /** After the story: short labels ("Tags", "Share") are page furniture; tables and lists may be story. */
    private void markFooter(int last) {
        for (int i = last + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (roles[i] == LineRole.STORY && !markMetadata(i) && !LineShape.endsSentence(line)
                    && LineShape.words(line) <= FOOTER_LABEL) {
                roles[i] = LineRole.CHROME;
            }
        }
    }

    private boolean markMetadata(int i) {
        String line = lines.get(i);
        if (PublishedLine.date(line) != null) {
            roles[i] = LineRole.PUBLISHED;
        } else if (!Byline.authors(line).isEmpty()) {
            roles[i] = LineRole.BYLINE;
        } else {
            return false;
        }
        return true;
    }

    /**
     * A link to another story set inside this one: a long Title Case headline between paragraphs.
     * Only a lone one: several are the page's style of sub-headings.
     */
    private static boolean insertedHeadline(String line) {
        return LineShape.headlineShaped(line) && LineShape.words(line) >= 5 && LineShape.capitalShare(line) >= 0.75
                && !LineShape.quoted(line);
    }

    private boolean sameAsTitle(int i) {
        String key = key(i);
        if (givenTitleKey != null && key.equals(givenTitleKey)) {
            return true;
        }
        int t = titleIndex();
        return t >= 0 && key.equals(key(t));
    }

    private String key(int i) {
        if (keys[i] == null) {
            keys[i] = LineShape.key(lines.get(i));
        }
        return keys[i];
    }

    private int titleIndex() {
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == LineRole.TITLE) {
                return i;
            }
        }
        return -1;
    }

    private int nextProse(int from) {
        for (int i = from; i < lines.size(); i++) {
            if (roles[i] == LineRole.STORY && LineShape.prose(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private int lastProse() {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (roles[i] == LineRole.STORY && LineShape.prose(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
