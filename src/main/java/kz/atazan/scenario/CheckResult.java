package kz.atazan.scenario;

import java.util.List;
import kz.atazan.model.Judgment;
import kz.atazan.model.Cite;

/** One check run: what was expected, what the engine answered, and the expected citations it lacked. */
public record CheckResult(String file, Scenario scenario, Check check, Judgment judgment, List<Cite> missingCites) {

    public CheckResult {
        missingCites = List.copyOf(missingCites);
    }

    public boolean passed() {
        return judgment.verdict() == check.expected() && missingCites.isEmpty();
    }
}
