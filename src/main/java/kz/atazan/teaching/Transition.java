package kz.atazan.teaching;

import java.util.List;
import kz.atazan.model.Judgment;

/**
 * From one date compared to the next: the two judgments, the amendments behind the difference,
 * the provisions whose wording or window changed, and the days in between on which the verdict changed.
 */
record Transition(Judgment before, Judgment after, List<Cause> laws, List<WordingChange> wordings, List<VerdictChange> between) {

    Transition {
        laws = List.copyOf(laws);
        wordings = List.copyOf(wordings);
        between = List.copyOf(between);
    }

    /** A day between the two dates on which the verdict changed, and the amendment that changed it. */
    record VerdictChange(java.time.LocalDate day, kz.atazan.model.Verdict from, kz.atazan.model.Verdict to, List<Cause> laws) {}

    boolean verdictChanged() {
        return before.verdict() != after.verdict();
    }
}
