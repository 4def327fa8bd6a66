package kz.atazan.balance;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One line of the chart: a scale's total or a count of appointments, per period (empty where undetermined items leave it partial). */
enum Series {
    LEGISLATIVE("balance.scale.shugart-carey-legislative", "#1f77b4", p -> total(p.total(Scale.SHUGART_CAREY_LEGISLATIVE))),
    NON_LEGISLATIVE("balance.scale.shugart-carey-non-legislative", "#ff7f0e", p -> total(p.total(Scale.SHUGART_CAREY_NON_LEGISLATIVE))),
    SIAROFF("balance.scale.siaroff", "#2ca02c", p -> total(p.total(Scale.SIAROFF))),
    ALONE("balance.chart.appointments-alone", "#d62728",
            p -> whole(p) ? Optional.of(p.appointments().alone().size()) : Optional.empty()),
    SHARED("balance.chart.appointments-shared", "#9467bd",
            p -> whole(p) ? Optional.of(p.appointments().shared().size()) : Optional.empty());

    final String key;
    final String colour;
    private final Function<PeriodScores, Optional<Integer>> value;

    Series(String key, String colour, Function<PeriodScores, Optional<Integer>> value) {
        this.key = key;
        this.colour = colour;
        this.value = value;
    }

    Optional<Integer> value(PeriodScores p) {
        return value.apply(p);
    }

    /**
     * A total is drawn only where it counts the same items as usual: on a day when an item the
     * rules otherwise decide is open, the sum would fall for want of an answer, not of a power.
     */
    private static Optional<Integer> total(Total t) {
        return t.open() > 0 ? Optional.empty() : Optional.of(t.score());
    }

    /**
     * Whether the period's appointments are counted as usual: not in the months the text leaves the
     * legislature's part open (some offices the statutes fill, such as district akims, are open in
     * every period and listed apart).
     */
    private static boolean whole(PeriodScores p) {
        return p.totals().stream().allMatch(t -> t.open() == 0);
    }

    static List<Series> all() {
        return List.of(values());
    }
}
