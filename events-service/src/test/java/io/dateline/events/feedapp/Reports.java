package io.dateline.events.feedapp;

/** The reports the tests apply: one frigate deployment told three ways, and reports that must stay apart. */
final class Reports {

    static final String MONDAY = "2022-01-24";

    private Reports() {
    }

    static Report sent(String source, String hour) {
        return new Report(source, "Denmark sends frigate to the Baltic", MONDAY + "T" + hour + ":00:00Z")
                .time("on Monday", MONDAY, "DAY")
                .sentence("Denmark sent/VBD/send a frigate to the Baltic Sea on Monday .");
    }

    static Report deployed(String source, String hour) {
        return new Report(source, "Danish warship heads for the Baltic", MONDAY + "T" + hour + ":00:00Z")
                .time("on Monday", MONDAY, "DAY")
                .sentence("Danish forces/NNS/force deployed/VBD/deploy a warship/NN to the Baltic Sea on Monday .");
    }

    static Report dispatched(String source, String hour) {
        return new Report(source, "Copenhagen dispatches frigate", MONDAY + "T" + hour + ":00:00Z")
                .time("On Monday", MONDAY, "DAY")
                .sentence("On/IN Monday , Denmark dispatched/VBD/dispatch a frigate to the Baltic Sea .");
    }

    static Report didNotSend(String source) {
        return new Report(source, "Denmark holds back frigate", MONDAY + "T15:00:00Z")
                .time("on Monday", MONDAY, "DAY")
                .sentence("Denmark did not send/VB/send a frigate to the Baltic Sea on Monday .");
    }

    static Report spainSent(String source) {
        return new Report(source, "Spain sends frigate to the Baltic", MONDAY + "T16:00:00Z")
                .time("on Monday", MONDAY, "DAY")
                .sentence("Spain sent/VBD/send a frigate to the Baltic Sea on Monday .");
    }

    static Report preparing(String source) {
        return new Report(source, "Denmark prepares deployment", MONDAY + "T17:00:00Z")
                .sentence("Denmark is preparing/VBG/prepare to deploy/VB/deploy a frigate to the Baltic Sea .");
    }

    static Report franceSaidSpainWillSend(String source) {
        return new Report(source, "France expects Spanish troops in Lithuania", MONDAY + "T18:00:00Z")
                .sentence("France said/VBD/say Spain will send/VB/send troops/NNS/troop to Lithuania .")
                .quote("country:FRA", "France", "Spain will send troops to Lithuania", true);
    }
}
