package kz.atazan.balance;

import java.util.Comparator;
import java.util.Map;
import kz.atazan.model.Threshold;

/** The share of the members each threshold needs, to compare them with the scales' "two thirds". */
final class Shares {

    private Shares() {}

    /** The share of all the members (a majority of those voting counts as the least: it may be fewer than half). */
    private static final Map<Threshold, Double> SHARE = Map.ofEntries(
            Map.entry(Threshold.MAJORITY_OF_THOSE_VOTING, 0.0),
            Map.entry(Threshold.MORE_THAN_HALF_OF_VOTERS_VOTING, 0.0),
            Map.entry(Threshold.ONE_FIFTH, 0.2),
            Map.entry(Threshold.ONE_THIRD, 1.0 / 3),
            Map.entry(Threshold.MAJORITY, 0.5),
            Map.entry(Threshold.TWO_THIRDS, 2.0 / 3),
            Map.entry(Threshold.THREE_QUARTERS, 0.75),
            Map.entry(Threshold.FOUR_FIFTHS, 0.8),
            // a referendum's counts, of the citizens entitled and of the regions: no body's vote
            Map.entry(Threshold.MORE_THAN_HALF_OF_CITIZENS_ENTITLED, 0.5),
            Map.entry(Threshold.TWO_THIRDS_OF_REGIONS, 2.0 / 3));

    static final Comparator<Threshold> ORDER = Comparator.comparingDouble(SHARE::get);

    static int compare(Threshold a, Threshold b) {
        return ORDER.compare(a, b);
    }

    /** A stable short name for the dataset: "2/3", "majority", "majority-of-those-voting". */
    static String label(Threshold t) {
        return switch (t) {
            case MAJORITY -> "majority";
            case MAJORITY_OF_THOSE_VOTING -> "majority-of-those-voting";
            case MORE_THAN_HALF_OF_VOTERS_VOTING -> "more-than-half-of-voters-voting";
            case TWO_THIRDS -> "2/3";
            case THREE_QUARTERS -> "3/4";
            case FOUR_FIFTHS -> "4/5";
            case ONE_THIRD -> "1/3";
            case ONE_FIFTH -> "1/5";
            case MORE_THAN_HALF_OF_CITIZENS_ENTITLED -> "more-than-half-of-citizens-entitled";
            case TWO_THIRDS_OF_REGIONS -> "2/3-of-regions";
        };
    }
}
