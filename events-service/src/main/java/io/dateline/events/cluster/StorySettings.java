package io.dateline.events.cluster;

/**
 * The knobs of story clustering.
 *
 * @param threshold      least score for an article to join a story rather than open one
 * @param linkMix        share of the score from the closest member article; the rest from the story centroid
 * @param decayDays      time scale of the decay of a story's pull with the gap between article and story
 * @param decayFloor     what is left of the pull after a very long gap
 * @param windowDays     stories quiet for longer than this are no longer candidates
 * @param articleTerms   terms kept per article vector
 * @param centroidTerms  terms kept per story centroid
 * @param queryTerms     heaviest article terms used to look up and to post stories in the index
 * @param postingsCap    most recent stories kept per term
 * @param maxCandidates  stories scored per article
 * @param maxMembers     member vectors kept per story (the most recent)
 * @param titleWeight    weight of a title word against a body word
 * @param phraseWeight   weight of a capitalised phrase against a word
 * @param entityWeight   weight of an annotated entity mention against a word
 * @param idfPower       exponent of the inverse document frequency; above 1 it favours the rare, specific
 *                       terms (names, places) that tell one happening from another of the same kind
 */
public record StorySettings(double threshold, double linkMix, double decayDays, double decayFloor,
                            int windowDays, int articleTerms, int centroidTerms, int queryTerms,
                            int postingsCap, int maxCandidates, int maxMembers,
                            double titleWeight, double phraseWeight, double entityWeight, double idfPower) {

    public static StorySettings standard() {
        return new StorySettings(0.14, 0.5, 30, 0.5, 365, 100, 300, 30, 64, 40, 32, 2.0, 1.0, 1.0, 1.5);
    }

    public StorySettings withThreshold(double t) {
        return new StorySettings(t, linkMix, decayDays, decayFloor, windowDays, articleTerms, centroidTerms,
                queryTerms, postingsCap, maxCandidates, maxMembers, titleWeight, phraseWeight, entityWeight, idfPower);
    }
}
