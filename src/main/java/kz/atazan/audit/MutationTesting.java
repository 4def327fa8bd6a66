package kz.atazan.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kz.atazan.audit.Mutants.Mutant;
import kz.atazan.engine.Engine;
import kz.atazan.engine.OfficialTexts;
import kz.atazan.engine.Outcomes;
import kz.atazan.model.Action;
import kz.atazan.model.Entity;
import kz.atazan.model.Judgment;
import kz.atazan.scenario.Check;
import kz.atazan.scenario.CheckResult;
import kz.atazan.scenario.Scenario;
import kz.atazan.scenario.ScenarioFile;
import kz.atazan.scenario.ScenarioRunner;
import kz.atazan.text.Sentence;

/**
 * Runs the scenario checks against each mutant of the rules. A mutant is killed when some check
 * that passes on the rules as written fails on it; a mutant no check kills either points at a
 * missing scenario or is equivalent (no scenario could tell it apart), which must be recorded.
 * Each mutant re-runs only the checks its rule can reach: those whose action the rule matches on
 * any day (a moved window could make it fire), and those of an actor a swap makes it speak to. No
 * mutant needs a Drools session of its own: each is judged from what the rules as written conclude
 * about each checked action on every day ({@link VariedRules}).
 */
public final class MutationTesting {

    /**
     * What became of one mutant: refused by the build's own citation checks, killed by a check, or
     * surviving (and perhaps recorded as equivalent).
     */
    public record Outcome(Mutant mutant, Optional<Sentence> refusedByTheBuild, Optional<CheckResult> killedBy,
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

    private record Case(String file, Scenario scenario, Check check) {
        Action action() {
            return scenario.actionOn(check.date());
        }

        CheckResult result(Judgment judgment) {
            return ScenarioRunner.result(file, scenario, check, judgment);
        }
    }

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
        // what the rules as written conclude about each checked action, on every day: each mutant
        // is judged from these, without a session of its own
        Map<Action, Outcomes> known = VariedRules.cache(engine, cases.stream().map(Case::action).toList());
        Map<String, Set<Integer>> reachedByRule = new HashMap<>();
        Map<Entity, Set<Integer>> byActor = new HashMap<>();
        Set<Integer> passing = new TreeSet<>();
        VariedRules asWritten = new VariedRules(engine, Variant.NONE, known);
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            int index = i;
            // a rule reaches the checks whose action it matches on any day: a moved window could make it fire
            known.get(VariedRules.undated(c.action())).fired()
                    .forEach(f -> reachedByRule.computeIfAbsent(f.rule(), k -> new TreeSet<>()).add(index));
            byActor.computeIfAbsent(c.scenario().action().actor(), a -> new TreeSet<>()).add(i);
            if (c.result(asWritten.judge(c.action())).passed()) {
                passing.add(i);
            }
        }
        List<Outcome> outcomes = mutants.parallelStream().map(mutant -> {
            Optional<Sentence> refused = Mutants.refusedByTheBuild(mutant, engine.catalogue(), texts);
            if (refused.isPresent()) {
                return new Outcome(mutant, refused, Optional.empty(), Optional.ofNullable(equivalent.get(mutant.id())));
            }
            Set<Integer> reached = new TreeSet<>(reachedByRule.getOrDefault(mutant.ruleKey(), Set.of()));
            mutant.reaches().ifPresent(actor -> reached.addAll(byActor.getOrDefault(actor, Set.of())));
            reached.retainAll(passing);
            VariedRules varied = new VariedRules(engine, mutant.variant(), known);
            Optional<CheckResult> killer = reached.stream()
                    .map(i -> cases.get(i).result(varied.judge(cases.get(i).action())))
                    .filter(r -> !r.passed())
                    .findFirst();
            return new Outcome(mutant, Optional.empty(), killer, Optional.ofNullable(equivalent.get(mutant.id())));
        }).collect(Collectors.toList());
        return new Report(outcomes, cases.size(), (System.nanoTime() - start) / 1_000_000);
    }
}
