package io.dateline.articles.nlp;

/** Whether a stretch of text leaves a quotation or a bracket open. */
final class Brackets {

    private Brackets() {
    }

    static boolean open(String text, int start, int end) {
        int round = 0;
        int square = 0;
        int curly = 0;
        int guillemets = 0;
        int straight = 0;
        for (int i = start; i < end; i++) {
            switch (text.charAt(i)) {
                case '(' -> round++;
                case ')' -> round = Math.max(0, round - 1);
                case '[' -> square++;
                case ']' -> square = Math.max(0, square - 1);
                case '“' -> curly++;
                case '”' -> curly = Math.max(0, curly - 1);
                case '«' -> guillemets++;
                case '»' -> guillemets = Math.max(0, guillemets - 1);
                case '"' -> straight++;
                default -> { }
            }
        }
        return round > 0 || square > 0 || curly > 0 || guillemets > 0 || straight % 2 == 1;
    }
}
