package kz.atazan.scenario;

import java.util.List;

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
}
