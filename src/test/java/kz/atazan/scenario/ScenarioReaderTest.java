package kz.atazan.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kz.atazan.model.Act;
import kz.atazan.model.Action;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Entity;
import kz.atazan.model.Cite;
import kz.atazan.model.Verdict;
import org.junit.jupiter.api.Test;

/** The scenario reader: the contract's format, and every kind of bad input with its line. */
class ScenarioReaderTest {

    private static ScenarioReader.Reading read(String yaml) {
        return ScenarioReader.parse(yaml, "test.yaml");
    }

    private static InputError onlyError(String yaml) {
        ScenarioReader.Reading reading = read(yaml);
        assertEquals(1, reading.errors().size(), () -> "expected one error, got " + reading.errors());
        return reading.errors().get(0);
    }

    @Test
    void readsTheContractsExample() {
        ScenarioReader.Reading reading = read("""
                title: The President and the akims
                scenarios:
                  - id: president-dismisses-district-akim
                    title: The President removes the akim of a district at his own discretion
                    action:
                      actor: president
                      act: dismiss
                      target: akim-of-district
                    expect:
                      - date: 2021-05-01
                        verdict: constitutional
                        cites: ["Art. 87(4)"]
                      - date: 2023-05-01
                        verdict: unconstitutional
                """);
        assertEquals(List.of(), reading.errors());
        assertEquals("The President and the akims", reading.file().title());
        Scenario scenario = reading.file().scenarios().get(0);
        assertEquals("president-dismisses-district-akim", scenario.id());
        assertEquals(Action.of(Entity.PRESIDENT, Act.DISMISS, Entity.AKIM_OF_DISTRICT, LocalDate.of(2023, 5, 1)),
                scenario.actionOn(LocalDate.of(2023, 5, 1)));
        assertEquals(2, scenario.checks().size());
        assertEquals(new Check(LocalDate.of(2021, 5, 1), Verdict.CONSTITUTIONAL, List.of(Cite.parse("Art. 87(4)").orElseThrow()), 10),
                scenario.checks().get(0));
        assertEquals(Verdict.UNCONSTITUTIONAL, scenario.checks().get(1).expected());
    }

    @Test
    void readsEveryActionField() {
        ScenarioReader.Reading reading = read("""
                scenarios:
                  - id: full
                    action:
                      actor: President
                      act: APPOINT
                      target: akim_of_region
                      consents: [maslikhats-of-region]
                      proposedBy: prime-minister
                      consulted: [majilis]
                      candidates: 2
                      appointee: {closeRelativeOfPresident: true}
                      circumstances: [state-of-emergency]
                    expect:
                      - {date: 2023-05-01, verdict: constitutional}
                """);
        assertEquals(List.of(), reading.errors());
        Action action = reading.file().scenarios().get(0).action();
        assertEquals(Entity.PRESIDENT, action.actor());
        assertEquals(Entity.AKIM_OF_REGION, action.target());
        assertEquals(Set.of(Entity.MASLIKHATS_OF_REGION), action.consents());
        assertEquals(Entity.PRIME_MINISTER, action.proposedBy());
        assertEquals(Set.of(Entity.MAJILIS), action.consulted());
        assertEquals(2, action.candidates());
        assertTrue(action.appointee().closeRelativeOfPresident());
        assertEquals(Set.of(Circumstance.STATE_OF_EMERGENCY), action.circumstances());
    }

    private static final String GOOD_SCENARIO = """
              - id: good
                action: {actor: president, act: dismiss, target: akim-of-region}
                expect:
                  - {date: 2023-05-01, verdict: constitutional}
            """;

    @Test
    void readsTheActorsVoteAndEachChambersVote() {
        ScenarioReader.Reading reading = read("""
                scenarios:
                  - id: majilis-vote
                    action: {actor: majilis, act: no-confidence, target: government, votes: {for: 70, of: 98}, initiative: {for: 20, of: 98}}
                    expect:
                      - {date: 2023-05-01, verdict: constitutional}
                  - id: joint-vote
                    action:
                      actor: parliament
                      act: amend
                      target: constitution
                      votes: {majilis: {for: 80, of: 98}, senate: {for: 40, of: 50}}
                      opinions: [constitutional-court]
                    expect:
                      - {date: 2023-05-01, verdict: constitutional}
                """);
        assertEquals(List.of(), reading.errors());
        Action single = reading.file().scenarios().get(0).action();
        assertEquals(java.util.Map.of(Entity.MAJILIS, new kz.atazan.model.Tally(70, 98)), single.votes());
        assertEquals(new kz.atazan.model.Tally(20, 98), single.initiative());
        Action joint = reading.file().scenarios().get(1).action();
        assertEquals(new kz.atazan.model.Tally(40, 50), joint.votes().get(Entity.SENATE));
        assertEquals(Set.of(Entity.CONSTITUTIONAL_COURT), joint.opinions());
    }

    @Test
    void anImpossibleVoteIsRejected() {
        InputError error = onlyError("""
                scenarios:
                  - id: bad
                    action: {actor: majilis, act: no-confidence, target: government, votes: {for: 120, of: 98}}
                    expect:
                      - {date: 2023-05-01, verdict: constitutional}
                """);
        assertEquals("'votes': a vote of 120 out of 98 is impossible: expected 0 <= for <= of and of >= 1", error.message().toString());
    }

    @Test
    void invalidYamlGivesItsLineAndNoScenarios() {
        InputError error = onlyError("scenarios:\n  - id: x\n    action: [unclosed\n");
        assertEquals("column 13: a list in [ ] is not closed: expected ',' or ']'", error.message().toString());
        assertTrue(error.line() >= 3, error.toString());
    }

    @Test
    void anUnknownActorNamesTheClosestValidName() {
        ScenarioReader.Reading reading = read("scenarios:\n" + GOOD_SCENARIO + """
                  - id: bad
                    action: {actor: presidnet, act: dismiss, target: akim-of-region}
                    expect:
                      - {date: 2023-05-01, verdict: constitutional}
                """);
        assertEquals(1, reading.errors().size());
        InputError error = reading.errors().get(0);
        assertEquals(7, error.line());
        assertEquals("unknown actor 'presidnet'; did you mean 'president'?", error.message().toString());
        assertEquals(1, reading.file().scenarios().size(), "the file's valid scenario is kept");
    }

    @Test
    void anUnknownActAndTargetNameTheirClosestValidNames() {
        ScenarioReader.Reading reading = read("""
                scenarios:
                  - id: bad
                    action:
                      actor: president
                      act: dismis
                      target: akim-of-regon
                    expect:
                      - {date: 2023-05-01, verdict: constitutional}
                """);
        assertEquals(List.of(
                "test.yaml:5: unknown act 'dismis'; did you mean 'dismiss'?",
                "test.yaml:6: unknown target 'akim-of-regon'; did you mean 'akim-of-region'?"), reading.errors().stream().map(InputError::toString).toList());
    }

    @Test
    void anInstrumentCannotAct() {
        InputError error = onlyError("""
                scenarios:
                  - id: bad
                    action: {actor: law, act: dismiss, target: akim-of-region}
                    expect:
                      - {date: 2023-05-01, verdict: constitutional}
                """);
        assertTrue(error.message().toString().contains("cannot be the actor"), error.message().toString());
    }

    @Test
    void aMalformedDateIsReportedWithTheFormExpected() {
        InputError error = onlyError("scenarios:\n" + GOOD_SCENARIO.replace("2023-05-01", "2023-02-30"));
        assertEquals(5, error.line());
        assertEquals("'2023-02-30' is not a date: 2023 has no 30 February", error.message().toString());
    }

    @Test
    void aMissingFieldIsNamed() {
        InputError error = onlyError("""
                scenarios:
                  - id: bad
                    action: {actor: president, target: akim-of-region}
                    expect:
                      - {date: 2023-05-01, verdict: constitutional}
                """);
        assertTrue(error.message().toString().startsWith("missing 'act'"), error.message().toString());
        assertEquals(3, error.line());
    }

    @Test
    void aDuplicateIdIsReportedAtTheSecondUse() {
        InputError error = onlyError("scenarios:\n" + GOOD_SCENARIO + GOOD_SCENARIO);
        assertEquals("duplicate id 'good' (first used on line 2)", error.message().toString());
        assertEquals(6, error.line());
    }

    @Test
    void aDuplicateKeyIsReported() {
        InputError error = onlyError("""
                scenarios:
                  - id: twice
                    id: again
                    action: {actor: president, act: dismiss, target: akim-of-region}
                    expect:
                      - {date: 2023-05-01, verdict: constitutional}
                """);
        assertEquals(3, error.line());
        assertTrue(error.message().toString().startsWith("duplicate key 'id'"), error.message().toString());
    }

    @Test
    void anUnknownFieldSuggestsTheRightOne() {
        InputError error = onlyError("""
                scenarios:
                  - id: typo
                    action: {actor: president, act: appoint, target: prime-minister, consent: [majilis]}
                    expect:
                      - {on: 2023-05-01, date: 2023-05-01, verdict: constitutional}
                """.replace("{on: 2023-05-01, ", "{"));
        assertEquals("unknown field 'consent' in an action; did you mean 'consents'?", error.message().toString());
    }

    @Test
    void aCitationThatIsNotAProvisionIsRejected() {
        InputError error = onlyError("scenarios:\n" + GOOD_SCENARIO.replace("verdict: constitutional}", "verdict: constitutional, cites: [\"87(4)\"]}"));
        assertTrue(error.message().toString().contains("is not a provision"), error.message().toString());
    }

    @Test
    void yamlTagsAreNeverInstantiated() {
        // A scenario file is data: a Java type tag is not a way to run code.
        ScenarioReader.Reading reading = read("""
                scenarios:
                  - id: tagged
                    action: {actor: !!java.lang.ProcessBuilder [touch, /tmp/pwned], act: dismiss, target: akim-of-region}
                    expect:
                      - {date: 2023-05-01, verdict: constitutional}
                """);
        assertEquals(1, reading.errors().size(), () -> reading.errors().toString());
        assertTrue(reading.file().scenarios().isEmpty());
    }

    @Test
    void anEmptyFileSaysWhatWasExpected() {
        assertEquals("the file is empty; expected a map with a 'scenarios' list", onlyError("").message().toString());
    }
}
