package kz.atazan.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.atazan.engine.Engine;
import kz.atazan.engine.RuleBase;
import kz.atazan.engine.RuleProblems;
import kz.atazan.engine.SurveyedAtBuild;
import kz.atazan.model.Triple;
import org.junit.jupiter.api.Test;

/**
 * The facts about the person and circumstances the build recorded as read by each triple's rules
 * are those an exploration finds now by asking each one alone, so that reading them changes no
 * action of the decision space: checked on every twentieth triple (all of them take most of a
 * minute, the time the record saves).
 */
class FactsReadTest {

    @Test
    void theFactsRecordedForATripleAreTheOnesAskingEachAloneFindsNow() throws RuleProblems {
        Engine engine = new Engine(RuleBase.builtIn());
        Optional<List<String>> recorded = SurveyedAtBuild.lines(DecisionSpace.FACTS_READ, engine);
        assertTrue(recorded.isPresent(), "the build records the facts read for the rules it compiled");
        List<Triple> all = DecisionSpace.triples(engine);
        List<Triple> sample = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 20) {
            sample.add(all.get(i));
        }
        List<String> expected = recorded.get().stream().filter(line -> sample.stream().anyMatch(t -> line.startsWith(key(t)))).toList();
        assertFalse(expected.isEmpty(), "some sampled triple's rules read a fact");
        assertEquals(expected, DecisionSpace.factsRead(engine, sample));
    }

    private static String key(Triple t) {
        return t.actor().name() + " " + t.act().name() + " " + t.target().name() + " ";
    }
}
