package kz.atazan.scenario;

import java.util.List;
import kz.atazan.model.Judgment;
import kz.atazan.model.Cite;
import kz.atazan.model.Language;
import kz.atazan.text.Words;

/** One check run: what was expected, what the engine answered, and the expected citations it lacked. */
public record CheckResult(String file, Scenario scenario, Check check, Judgment judgment, List<Cite> missingCites) {

    public CheckResult {
        missingCites = List.copyOf(missingCites);
    }

    /** Why the check failed, in one line, in English. */
    public String failure() {
        return failure(Words.in(Language.EN));
    }

    /** Why the check failed, in one line: the wrong verdict, or the citations missing from a right one. */
    public String failure(Words words) {
        if (judgment.verdict() != check.expected()) {
            String wrong = words.say("run.failure.verdict", "expected", words.verdict(check.expected()), "actual", words.verdict(judgment.verdict()));
            return missingCites.isEmpty() ? wrong : words.say("run.failure.verdict-and-cites", "verdict", wrong, "missing", missing());
        }
        return words.say("run.failure.cites", "verdict", words.verdict(check.expected()), "missing", missing());
    }

    private String missing() {
        return missingCites.stream().map(Object::toString).collect(java.util.stream.Collectors.joining(", "));
    }

    public boolean passed() {
        return judgment.verdict() == check.expected() && missingCites.isEmpty();
    }
}
