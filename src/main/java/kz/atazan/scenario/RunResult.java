package kz.atazan.scenario;

import java.util.List;
import kz.atazan.model.Language;
import kz.atazan.text.Words;

/** Everything a run produced: each check's result and each input error. */
public record RunResult(List<CheckResult> results, List<InputError> errors) {

    public RunResult {
        results = List.copyOf(results);
        errors = List.copyOf(errors);
    }

    public long passed() {
        return results.stream().filter(CheckResult::passed).count();
    }

    public long failed() {
        return results.size() - passed();
    }

    /** How many files (or paths) had a problem: each is counted once, however many problems it had. */
    public long filesWithErrors() {
        return errors.stream().map(InputError::file).distinct().count();
    }

    /** "N passed, N failed", and ", N files with errors" when some could not be read or had invalid scenarios. */
    public String closingLine() {
        return closingLine(Words.in(Language.EN));
    }

    public String closingLine(Words words) {
        return filesWithErrors() == 0 ? words.say("run.closing", "passed", passed(), "failed", failed())
                : words.say("run.closing.errors", "passed", passed(), "failed", failed(), "files", filesWithErrors());
    }
}
