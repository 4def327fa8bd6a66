package kz.atazan.scenario;

import java.util.List;
import kz.atazan.model.Judgment;
import kz.atazan.model.Cite;

/** One check run: what was expected, what the engine answered, and the expected citations it lacked. */
public record CheckResult(String file, Scenario scenario, Check check, Judgment judgment, List<Cite> missingCites) {

    public CheckResult {
        missingCites = List.copyOf(missingCites);
    }

    /** Why the check failed, in one line: the wrong verdict, or the citations missing from a right one. */
    public String failure() {
        if (judgment.verdict() != check.expected()) {
            return InputMessages.verdictWrong(check.expected().label(), judgment.verdict().label())
                    + (missingCites.isEmpty() ? "" : "; " + InputMessages.citationsAlsoMissing(missing()));
        }
        return InputMessages.citationsMissing(check.expected().label(), missing());
    }

    private String missing() {
        return missingCites.stream().map(Object::toString).collect(java.util.stream.Collectors.joining(", "));
    }

    public boolean passed() {
        return judgment.verdict() == check.expected() && missingCites.isEmpty();
    }
}
