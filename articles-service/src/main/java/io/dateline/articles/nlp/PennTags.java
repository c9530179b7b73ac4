package io.dateline.articles.nlp;

/**
 * Turns the model's Universal POS tags into Penn Treebank tags. UD tags carry no tense or number,
 * so those come from the word's form, closed-class lists and the words before it.
 */
final class PennTags {

    private final Morphology morphology;

    PennTags(Morphology morphology) {
        this.morphology = morphology;
    }

    String[] convert(String[] words, String[] universal) {
        String[] penn = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            penn[i] = tag(words, universal, penn, i);
        }
        return penn;
    }

    private String tag(String[] words, String[] universal, String[] penn, int i) {
        String word = words[i];
        String lower = word.toLowerCase();
        String ud = universal[i];
        if ("'s".equals(lower) || "’s".equals(lower)) {
            return i > 0 && isPronounSubject(words[i - 1]) ? "VBZ" : "POS";
        }
        if (("'".equals(word) || "’".equals(word)) && i > 0 && words[i - 1].endsWith("s") && "PART".equals(ud)) {
            return "POS";
        }
        String closed = closedClass(lower, ud);
        if (closed != null) {
            return closed;
        }
        return switch (ud) {
            case "NOUN" -> plural(lower) ? "NNS" : "NN";
            case "PROPN" -> plural(lower) && !word.chars().allMatch(Character::isUpperCase) && word.length() > 3
                    && Character.isLowerCase(word.charAt(word.length() - 2)) && demonymLike(lower) ? "NNPS" : "NNP";
            case "VERB", "AUX" -> verb(words, penn, i, lower);
            case "ADJ" -> adjective(lower);
            case "ADV" -> lower.endsWith("est") && lower.length() > 5 ? "RBS" : "RB";
            case "NUM" -> "CD";
            case "DET" -> "DT";
            case "PRON" -> "PRP";
            case "ADP", "SCONJ" -> "IN";
            case "CCONJ" -> "CC";
            case "PART" -> "TO".equalsIgnoreCase(word) ? "TO" : "RB";
            case "INTJ" -> "UH";
            case "PUNCT" -> punctuation(word);
            case "SYM" -> "$".equals(word) || "€".equals(word) || "£".equals(word) ? "$" : "%".equals(word) ? "NN" : "SYM";
            default -> "FW";
        };
    }

    /** "it's", "he's", "there's": after these, 's is "is" or "has", not a possessive. */
    private static boolean isPronounSubject(String word) {
        return switch (word.toLowerCase()) {
            case "he", "she", "it", "that", "there", "what", "who", "here", "where", "let", "how" -> true;
            default -> false;
        };
    }

    private String closedClass(String lower, String ud) {
        String tag = morphology.closedClassTag(lower);
        if (tag == null || "PROPN".equals(ud) || "NOUN".equals(ud) || "NUM".equals(ud)) {
            return null;
        }
        if ("that".equals(lower)) {
            return "DET".equals(ud) || "PRON".equals(ud) ? ("PRON".equals(ud) ? "WDT" : "DT") : "IN";
        }
        return tag;
    }

    /** "Americans", "Palestinians": a capitalised plural of a people. */
    private static boolean demonymLike(String lower) {
        return lower.endsWith("ans") || lower.endsWith("ians") || lower.endsWith("ese") || lower.endsWith("ers");
    }

    private boolean plural(String lower) {
        if (morphology.irregularSingular(lower) != null) {
            return true;
        }
        return lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
                && !lower.endsWith("is") && !lower.endsWith("'s");
    }

    private String verb(String[] words, String[] penn, int i, String lower) {
        if (lower.endsWith("ing") && lower.length() > 4) {
            return "VBG";
        }
        boolean past = lower.endsWith("ed") && lower.length() > 3;
        if (past || morphology.isIrregularPast(lower) || morphology.isIrregularParticiple(lower)) {
            if (!morphology.isIrregularPast(lower) && morphology.isIrregularParticiple(lower)) {
                return "VBN";
            }
            return afterAuxiliary(words, penn, i) ? "VBN" : "VBD";
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && lower.length() > 2) {
            return "VBZ";
        }
        return baseContext(words, penn, i) ? "VB" : "VBP";
    }

    /** A have/be form shortly before (adverbs between allowed): "has been sent", "were quickly sent". */
    private static boolean afterAuxiliary(String[] words, String[] penn, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
            String w = words[j].toLowerCase();
            switch (w) {
                case "have", "has", "had", "having", "'ve", "’ve", "be", "is", "are", "was", "were", "been", "being",
                     "get", "got", "gets", "getting", "'re", "’re" -> {
                    return true;
                }
                default -> {
                    if (penn[j] == null || !(penn[j].startsWith("RB") || penn[j].equals("VBN"))) {
                        return false;
                    }
                }
            }
        }
        return false;
    }

    /** After "to", a modal or "do", or first in its sentence (an imperative): the bare infinitive. */
    private static boolean baseContext(String[] words, String[] penn, int i) {
        for (int j = i - 1; j >= 0; j--) {
            String tag = penn[j];
            if (tag.startsWith("RB")) {
                continue;
            }
            String w = words[j].toLowerCase();
            return tag.equals("MD") || tag.equals("TO") || w.equals("do") || w.equals("does") || w.equals("did")
                    || w.equals("let") || w.equals("help");
        }
        return true;
    }

    private static String adjective(String lower) {
        if (lower.endsWith("est") && lower.length() > 5) {
            return "JJS";
        }
        return switch (lower) {
            case "better", "worse", "more", "less", "greater", "larger", "bigger", "smaller", "higher", "lower",
                 "stronger", "weaker", "older", "younger", "earlier", "later", "fewer", "wider", "closer" -> "JJR";
            case "best", "worst", "most", "least" -> "JJS";
            default -> "JJ";
        };
    }

    private static String punctuation(String word) {
        return switch (word) {
            case ".", "!", "?", "...", "…" -> ".";
            case ",", "،" -> ",";
            case ":", ";", "-", "--", "–", "—" -> ":";
            case "\"", "“", "‘", "«", "``" -> "``";
            case "”", "’", "»", "''" -> "''";
            case "(", "[", "{" -> "-LRB-";
            case ")", "]", "}" -> "-RRB-";
            case "#" -> "#";
            case "%" -> "NN";
            case "$" -> "$";
            default -> "SYM";
        };
    }
}
