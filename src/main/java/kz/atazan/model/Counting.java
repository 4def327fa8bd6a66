package kz.atazan.model;

/** The sentence that explains a count against a threshold. */
final class Counting {

    private Counting() {}

    static String describe(Entity body, Tally tally, Threshold threshold, Situation situation, boolean met, String verb) {
        int members = situation.countedOn(body, tally, threshold);
        String count = tally.yes() + " of the " + members + " deputies of " + body.meaning()
                + (threshold.countsThoseVoting() ? " who took part " : " ") + verb;
        String needed = threshold.words() + ", which is " + threshold.smallestNumber(members);
        String size = members != tally.of()
                ? " (the count is against " + members + ", the size the text gives this body on that date, not the " + tally.of() + " stated)"
                : "";
        return count + (met ? ": reaching " : ": short of ") + needed + size;
    }
}
