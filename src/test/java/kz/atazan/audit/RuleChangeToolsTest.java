package kz.atazan.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.atazan.engine.Engine;
import kz.atazan.scenario.ScenarioFile;
import kz.atazan.scenario.ScenarioReader;
import kz.atazan.engine.RuleBase;
import kz.atazan.engine.RuleCompiler;
import kz.atazan.model.Effect;
import kz.atazan.model.Entity;
import kz.atazan.model.Ground;
import kz.atazan.model.Language;
import kz.atazan.model.Reason;
import kz.atazan.model.Verdict;
import java.util.Optional;
import kz.atazan.BankRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The maintainers' tools catch real defects: diff finds a flipped verdict, mutation testing a missing scenario. */
class RuleChangeToolsTest {

    @TempDir
    Path folder;

    private Path rules(String name, String consentingBody) throws IOException {
        return BankRule.write(folder, name, consentingBody);
    }

    private ScenarioFile scenarios(String yaml) {
        ScenarioReader.Reading reading = ScenarioReader.parse(yaml, "test.yaml");
        assertEquals(List.of(), reading.errors());
        return reading.file();
    }

    private static final String WITH_CONSENT = BankRule.WITH_SENATE_CONSENT;

    @Test
    void diffFindsTheVerdictAChangedConsentFlips() throws Exception {
        Engine before = new Engine(RuleBase.compile(rules("base", "SENATE"), null));
        Engine after = new Engine(RuleBase.compile(rules("head", "MAJILIS"), null));

        VerdictDiff.Report report = VerdictDiff.of(before, after, List.of(scenarios(WITH_CONSENT)), true);

        assertEquals(1, report.checks().size());
        VerdictDiff.CheckChange change = report.checks().get(0);
        assertEquals(Verdict.CONSTITUTIONAL, change.base().verdict());
        assertEquals(Verdict.UNCONSTITUTIONAL, change.head().verdict());
        List<Reason> decisive = VerdictDiff.decidedBy(change.head());
        assertEquals(1, decisive.size(), decisive.toString());
        assertEquals(Effect.CONDITION_MISSING, decisive.get(0).effect());
        assertEquals(Optional.of("president.appoint.chair-of-national-bank.2022"), decisive.get(0).ruleId());
        Ground.Tested tested = (Ground.Tested) decisive.get(0).ground();
        assertEquals(Optional.of(Entity.MAJILIS), tested.condition().party(), "the consent the head version asks for");
        assertFalse(report.space().isEmpty(), "the decision space shows the flip too, on the dates the rule is in force");
        assertTrue(report.space().stream().allMatch(c -> c.action().target().label().equals("chair-of-national-bank")));
        assertTrue(DiffReport.markdown(report, "base", "head", Language.EN).contains("| constitutional | unconstitutional |"));
    }

    @Test
    void diffOfAVersionWithItselfFindsNothing() throws Exception {
        Engine engine = new Engine(RuleBase.compile(rules("same", "SENATE"), null));
        assertTrue(VerdictDiff.of(engine, engine, List.of(scenarios(WITH_CONSENT)), true).same());
    }

    @Test
    void aMutantThatDropsTheConsentSurvivesUntilAScenarioTestsTheConsentMissing() throws Exception {
        Path rules = rules("mutated", "SENATE");
        Engine engine = new Engine(RuleBase.compile(rules, null));
        List<Mutants.Mutant> mutants = Mutants.of(RuleCompiler.sources(rules), engine.catalogue());
        String dropConsent = mutants.stream().filter(m -> m.kind() == Mutants.Kind.DROP_FINDING && m.change().contains("consentOf"))
                .findFirst().orElseThrow().id();

        MutationTesting.Report first = MutationTesting.run(engine, mutants, List.of(scenarios(WITH_CONSENT)), Map.of(), null);
        assertTrue(first.survivors().stream().anyMatch(o -> o.mutant().id().equals(dropConsent)),
                "with only the consent given, dropping the consent changes nothing a scenario sees");

        ScenarioFile more = scenarios(WITH_CONSENT + """
                  - id: without-consent
                    action: {actor: president, act: appoint, target: chair-of-national-bank}
                    expect:
                      - {date: 2024-03-15, verdict: unconstitutional, cites: ["Art. 44(4)"]}
                """);
        MutationTesting.Report second = MutationTesting.run(engine, mutants, List.of(more), Map.of(), null);
        assertTrue(second.survivors().stream().noneMatch(o -> o.mutant().id().equals(dropConsent)), "the new scenario kills it");
        assertTrue(second.score() > first.score());
    }

    @Test
    void aSurvivorRecordedAsEquivalentIsNotCountedAgainstTheScore() throws Exception {
        Path rules = rules("equivalent", "SENATE");
        Engine engine = new Engine(RuleBase.compile(rules, null));
        List<Mutants.Mutant> mutants = Mutants.of(RuleCompiler.sources(rules), engine.catalogue());
        MutationTesting.Report report = MutationTesting.run(engine, mutants, List.of(scenarios(WITH_CONSENT)), Map.of(), null);
        String survivor = report.survivors().get(0).mutant().id();

        MutationTesting.Report recorded = MutationTesting.run(engine, mutants, List.of(scenarios(WITH_CONSENT)),
                Map.of(survivor, "a test of the record"), null);
        assertEquals(report.survivors().size() - 1, recorded.survivors().size());
        assertEquals(1, recorded.equivalent().size());
    }
}
