package kz.atazan.scenario;

import java.time.LocalDate;
import java.util.List;
import kz.atazan.model.Cite;
import kz.atazan.model.Verdict;

/** One entry of a scenario's {@code expect}: the verdict the action must get on a date. */
public record Check(LocalDate date, Verdict expected, List<Cite> cites, int line) {

    public Check {
        cites = List.copyOf(cites);
    }
}
