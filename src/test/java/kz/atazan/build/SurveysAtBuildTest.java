package kz.atazan.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import kz.atazan.audit.DecisionSpace;
import kz.atazan.engine.Engine;
import kz.atazan.engine.RuleBase;
import kz.atazan.engine.RuleProblems;
import kz.atazan.teaching.PowerSurvey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The triples the build wrote are the ones a survey of the same rules finds now, so reading them changes no answer. */
class SurveysAtBuildTest {

    private static Engine engine;

    @BeforeAll
    static void load() throws RuleProblems {
        engine = new Engine(RuleBase.builtIn());
    }

    private static String written(String name) throws IOException {
        try (InputStream in = SurveysAtBuildTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, "the build writes " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void thePowerMapsTriplesAreTheOnesItsSurveyFindsNow() throws IOException {
        String written = written(PowerSurvey.SURVEYED);
        assertEquals(PowerSurvey.surveyed(engine), written);
        assertTrue(written.contains("\nPRESIDENT DISSOLVE MAJILIS\n"), "a power every period holds is among them");
    }

    @Test
    void theTriplesSpokenToAreTheOnesTheDecisionSpacesSurveyFindsNow() throws IOException {
        String written = written(DecisionSpace.SURVEYED);
        assertEquals(DecisionSpace.surveyed(engine), written);
        assertTrue(written.contains("\nPRESIDENT DISMISS AKIM_OF_DISTRICT\n"), "a question the README asks is among them");
        assertTrue(written.startsWith(engine.builtFrom().orElseThrow() + "\n"), "keyed on the fingerprint of the rules surveyed");
    }
}
