package io.dateline.articles.nlp;

/**
 * Undoes a regular inflection by rule when the lemma model leaves a word unchanged ("bombed"):
 * -ed and -ing with a doubled consonant dropped ("stopped") or a silent e restored ("hoped",
 * "changing"), -es and -s plurals, -er and -est comparatives.
 */
final class RegularInflection {

    private RegularInflection() {
    }

    static String base(String word, String pos) {
        return switch (pos) {
            case "VBD", "VBN" -> word.endsWith("ed") && word.length() > 4 ? stem(word.substring(0, word.length() - 2)) : word;
            case "VBG" -> word.endsWith("ing") && word.length() > 5 ? stem(word.substring(0, word.length() - 3)) : word;
            case "NNS", "VBZ" -> plural(word);
            case "JJR", "RBR" -> word.endsWith("er") && word.length() > 4 ? stem(word.substring(0, word.length() - 2)) : word;
            case "JJS", "RBS" -> word.endsWith("est") && word.length() > 5 ? stem(word.substring(0, word.length() - 3)) : word;
            default -> word;
        };
    }

    private static String plural(String word) {
        if (word.endsWith("ses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("zes")) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }

    private static String stem(String s) {
        int n = s.length();
        if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lszf".indexOf(s.charAt(n - 1)) < 0 && !vowel(s.charAt(n - 1))) {
            return s.substring(0, n - 1);
        }
        if (s.endsWith("v") || s.endsWith("iz") || s.endsWith("at") && n <= 5 || s.endsWith("ng") && n <= 4
                || s.endsWith("c") || s.endsWith("ur") || shortConsonantVowelConsonant(s)) {
            return s + "e";
        }
        return s;
    }

    /** "hop", "vot", "rul": a short stem ending consonant-vowel-consonant lost a silent e. */
    private static boolean shortConsonantVowelConsonant(String s) {
        int n = s.length();
        return n >= 3 && n <= 4 && !vowel(s.charAt(n - 3)) && vowel(s.charAt(n - 2)) && !vowel(s.charAt(n - 1))
                && "wxy".indexOf(s.charAt(n - 1)) < 0;
    }

    private static boolean vowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
