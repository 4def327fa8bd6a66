package kz.atazan.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kz.atazan.engine.Engine;
import kz.atazan.engine.Mutants;
import kz.atazan.engine.Mutants.Mutant;
import kz.atazan.engine.OfficialTexts;
import kz.atazan.model.Entity;

/**
 * Runs the scenario checks against each mutant of the rules. A mutant is killed when some check
 * that passes on the rules as written fails on it; a mutant no check kills either points at a
 * missing scenario or is equivalent (no scenario could tell it apart), which must be recorded.
 * Each mutant re-runs only the checks its rule can reach: those the rule fired on, or matched out
 * of force (a moved window could reach them), and those of an actor a swap makes it speak to.
 */
public final class MutationTesting {

    /**
     * What became of one mutant: refused by the build's own citation checks, killed by a check, or
     * surviving (and perhaps recorded as equivalent).
     */
    public record Outcome(Mutant mutant, Optional<String> refusedByTheBuild, Optional<CheckResult> killedBy,
            Optional<String> equivalentBecause) {
        public boolean survived() {
            return refusedByTheBuild.isEmpty() && killedBy.isEmpty();
        }
    }

    /** The whole run. */
    public record Report(List<Outcome> outcomes, int checks, long millis) {
        public long killed() {
            return outcomes.stream().filter(o -> !o.survived()).count();
        }

        /** Of the killed, those the build's own citation checks refuse before any scenario runs. */
        public long refusedByTheBuild() {
            return outcomes.stream().filter(o -> o.refusedByTheBuild().isPresent()).count();
        }

        public List<Outcome> equivalent() {
            return outcomes.stream().filter(o -> o.survived() && o.equivalentBecause().isPresent()).toList();
        }

        /** Surviving mutants not recorded as equivalent: each wants a new scenario. */
        public List<Outcome> survivors() {
            return outcomes.stream().filter(o -> o.survived() && o.equivalentBecause().isEmpty()).toList();
        }

        /** Recorded as equivalent, yet killed: the record is out of date. */
        public List<Outcome> wronglyRecorded() {
            return outcomes.stream().filter(o -> !o.survived() && o.equivalentBecause().isPresent()).toList();
        }

        /** Killed mutants out of all the mutants that are not equivalent. */
        public double score() {
            long counted = outcomes.size() - equivalent().size();
            return counted == 0 ? 1.0 : (double) killed() / counted;
        }
    }

    private record Case(String file, Scenario scenario, Check check) {}

    private MutationTesting() {}

    public static Report run(Engine engine, List<Mutant> mutants, List<ScenarioFile> files, Map<String, String> equivalent,
            OfficialTexts texts) {
        long start = System.nanoTime();
        List<Case> cases = new ArrayList<>();
        for (ScenarioFile file : files) {
            for (Scenario scenario : file.scenarios()) {
                for (Check check : scenario.checks()) {
                    cases.add(new Case(file.path(), scenario, check));
                }
            }
        }
        Map<String, Set<Integer>> reachedByRule = new HashMap<>();
        Map<Entity, Set<Integer>> byActor = new HashMap<>();
        Set<Integer> passing = new TreeSet<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Engine.Trace trace = engine.trace(c.scenario().actionOn(c.check().date()));
            int index = i;
            trace.fired().forEach(key -> reachedByRule.computeIfAbsent(key, k -> new TreeSet<>()).add(index));
            trace.outOfForce().forEach(key -> reachedByRule.computeIfAbsent(key, k -> new TreeSet<>()).add(index));
            byActor.computeIfAbsent(c.scenario().action().actor(), a -> new TreeSet<>()).add(i);
            if (ScenarioRunner.check(engine, c.file(), c.scenario(), c.check()).passed()) {
                passing.add(i);
            }
        }
        List<Outcome> outcomes = mutants.parallelStream().map(mutant -> {
            Optional<String> refused = Mutants.refusedByTheBuild(mutant, engine.catalogue(), texts);
            if (refused.isPresent()) {
                return new Outcome(mutant, refused, Optional.empty(), Optional.ofNullable(equivalent.get(mutant.id())));
            }
            Set<Integer> reached = new TreeSet<>(reachedByRule.getOrDefault(mutant.ruleKey(), Set.of()));
            mutant.reaches().ifPresent(actor -> reached.addAll(byActor.getOrDefault(actor, Set.of())));
            reached.retainAll(passing);
            Engine varied = engine.varied(mutant.variant());
            Optional<CheckResult> killer = reached.stream()
                    .map(i -> ScenarioRunner.check(varied, cases.get(i).file(), cases.get(i).scenario(), cases.get(i).check()))
                    .filter(r -> !r.passed())
                    .findFirst();
            return new Outcome(mutant, Optional.empty(), killer, Optional.ofNullable(equivalent.get(mutant.id())));
        }).collect(Collectors.toList());
        return new Report(outcomes, cases.size(), (System.nanoTime() - start) / 1_000_000);
    }
}
