package kz.atazan.scenario;

import java.time.LocalDate;
import java.util.List;
import kz.atazan.model.Action;

/**
 * One action and the verdicts expected for it on several dates.
 *
 * @param action the action as written, dated on its first check; {@link #actionOn} dates it for each check
 */
public record Scenario(String id, String title, Action action, List<Check> checks, int line) {

    public Scenario {
        checks = List.copyOf(checks);
    }

    public Action actionOn(LocalDate date) {
        return action.on(date);
    }
}
