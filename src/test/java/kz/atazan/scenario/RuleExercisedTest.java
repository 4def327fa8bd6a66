package kz.atazan.scenario;

import kz.atazan.model.Language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.atazan.engine.Engine;
import kz.atazan.engine.RuleBase;
import kz.atazan.model.Citation;
import kz.atazan.model.Reason;
import org.junit.jupiter.api.Test;

/** A rule no scenario exercises cannot be trusted: every rule must give a reason in some check. */
class RuleExercisedTest {

    @Test
    void everyRuleFiresInAtLeastOneScenarioCheck() throws Exception {
        Engine engine = new Engine(RuleBase.builtIn());
        RunResult run = new ScenarioRunner(engine).run(List.of(Path.of("scenarios")), file -> { });
        Set<Citation> fired = run.results().stream()
                .flatMap(r -> r.judgment().reasons().stream())
                .flatMap(r -> r.citation().stream())
                .collect(Collectors.toSet());
        List<String> unfired = engine.catalogue().citations().stream()
                .filter(c -> !fired.contains(c))
                .map(c -> c.provision() + " " + c.inForce() + ": " + c.summary(Language.EN))
                .sorted()
                .toList();
        assertEquals(List.of(), unfired, "rules no scenario exercises");
    }
}
