package kz.atazan.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import kz.atazan.engine.Engine;
import kz.atazan.engine.Outcomes;
import kz.atazan.engine.RuleBase;
import kz.atazan.model.Action;
import kz.atazan.model.Judgment;
import kz.atazan.scenario.Check;
import kz.atazan.scenario.Scenario;
import kz.atazan.scenario.ScenarioFile;
import kz.atazan.scenario.ScenarioRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the tools judge from one firing for every day ({@link Engine#outcomes}) is what a session
 * on the day answers ({@link Engine#judge}): on every scenario check, and on a sample of the whole
 * decision space on every date that matters.
 */
class OutcomesTest {

    private static Engine engine;

    @BeforeAll
    static void load() throws Exception {
        engine = new Engine(RuleBase.builtIn());
    }

    private static void assertSame(Action action, Outcomes outcomes) {
        Judgment bySession = engine.judge(action);
        Judgment byOutcomes = Engine.weigh(action, outcomes.on(action.date()), engine.catalogue().modelled());
        assertEquals(bySession, byOutcomes, () -> "on " + action);
        assertEquals(bySession.verdict(), Engine.verdict(action, outcomes.on(action.date()), engine.catalogue().modelled()),
                () -> "verdict alone on " + action);
    }

    @Test
    void everyScenarioCheckIsJudgedAlikeFromItsOutcomes() {
        List<Action> actions = new ArrayList<>();
        for (ScenarioFile file : ScenarioRunner.read(List.of(Path.of("scenarios")), f -> { }).files()) {
            for (Scenario scenario : file.scenarios()) {
                for (Check check : scenario.checks()) {
                    actions.add(scenario.actionOn(check.date()));
                }
            }
        }
        assertTrue(actions.size() > 1000, "the project's scenarios: " + actions.size());
        Map<Action, Outcomes> surveyed = engine.survey(actions);
        actions.forEach(a -> assertSame(a, surveyed.get(a)));
    }

    /**
     * Surveyed together, in batches where the rules reading more than one action fire on what
     * several found and the actions they concern are then told apart group by group, each action
     * gets exactly what it gets surveyed alone, in sessions of its own: on neighbours of the
     * vocabulary's order (which share batches and groups), most of them concerning the Kurultai,
     * whose rule reading any action fires in nearly every batch.
     */
    @Test
    void actionsSurveyedTogetherGetWhatEachGetsAlone() {
        DecisionSpace space = DecisionSpace.explore(engine);
        List<Action> actions = space.actions();
        List<Action> sample = new ArrayList<>();
        Random random = new Random(15);
        for (int run = 0; run < 12; run++) {
            int from = random.nextInt(actions.size() - 200);
            sample.addAll(actions.subList(from, from + 200));
        }
        actions.stream().filter(a -> a.actor() == kz.atazan.model.Entity.KURULTAI).limit(600).forEach(sample::add);
        actions.stream().filter(a -> space.outcomes(a).readsOtherFindings()).limit(600).forEach(sample::add);
        Map<Action, Outcomes> together = engine.survey(sample);
        int readingMore = 0;
        for (Action action : new HashSet<>(sample)) {
            Outcomes alone = engine.outcomes(action);
            assertEquals(alone, together.get(action), () -> "surveyed together: " + action);
            readingMore += alone.readsOtherFindings() ? 1 : 0;
        }
        assertTrue(readingMore > 100, "actions some rule reading other findings speaks to: " + readingMore);
    }

    @Test
    void aSampleOfTheDecisionSpaceIsJudgedAlikeOnEveryDate() {
        DecisionSpace space = DecisionSpace.explore(engine);
        Random random = new Random(13);
        Set<Action> sample = new HashSet<>();
        List<Action> actions = space.actions();
        while (sample.size() < 300) {
            sample.add(actions.get(random.nextInt(actions.size())));
        }
        // and every action some rule reading other findings speaks to
        actions.stream().filter(a -> space.outcomes(a).readsOtherFindings()).limit(300).forEach(sample::add);
        for (Action action : sample) {
            for (LocalDate date : space.dates()) {
                assertSame(action.on(date), space.outcomes(action));
            }
        }
    }
}
