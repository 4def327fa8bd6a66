package kz.atazan.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.atazan.model.Act;
import kz.atazan.model.Action;
import kz.atazan.model.ActionField;
import kz.atazan.model.Appointee;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Condition;
import kz.atazan.model.Entity;
import kz.atazan.model.PersonField;
import kz.atazan.model.Tally;
import kz.atazan.model.Threshold;
import org.junit.jupiter.api.Test;

/** The field tables: what the writer writes the reader reads back, and each condition changes the field it names. */
class ActionFieldTest {

    private static final LocalDate DAY = LocalDate.of(2023, 5, 1);

    /** An action stating every field of the table, every fact about the person among them. */
    static Action everyField() {
        Appointee person = Appointee.UNREMARKABLE;
        for (PersonField f : PersonField.values()) {
            person = f.made(person);
        }
        Appointee everyFact = person;
        return Action.builder(Entity.PARLIAMENT, Act.AMEND, Entity.CONSTITUTION, DAY)
                .consent(Entity.SENATE, true).proposedBy(Entity.PRESIDENT).consulted(Entity.MAJILIS, true).candidates(3)
                .appointee(everyFact).circumstance(Circumstance.MARTIAL_LAW, true).circumstance(Circumstance.STATE_OF_EMERGENCY, true)
                .vote(Entity.MAJILIS, new Tally(80, 98)).vote(Entity.SENATE, new Tally(40, 50)).initiative(new Tally(20, 98))
                .opinion(Entity.CONSTITUTIONAL_COURT, true).turnout(new Tally(6_000_001, 12_000_000)).regions(new Tally(14, 20)).build();
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBack() throws Exception {
        Action action = everyField();
        for (ActionField field : ActionField.values()) {
            assertTrue(field.required() || field.isStatedIn(action), field + " is stated");
        }
        String json = new ObjectMapper().writeValueAsString(ActionFields.of(action));
        ScenarioReader.ActionReading read = ScenarioReader.parseAction(json, DAY, "written");
        assertEquals(List.of(), read.errors());
        assertEquals(action, read.action().orElseThrow());
    }

    @Test
    void theArgumentsOfAnActionStateItAgain() {
        Action action = everyField();
        java.util.Map<String, List<String>> arguments = ActionArguments.of(action);
        assertEquals(List.of("majilis=80/98", "senate=40/50"), arguments.get("votes"));
        assertEquals(List.of("2"), arguments.get("terms-in-a-row"));
        List<String> problems = new java.util.ArrayList<>();
        assertEquals(Optional.of(action), ActionArguments.action(arguments, DAY, "--", problems, kz.atazan.model.Language.EN));
        assertEquals(List.of(), problems);
        Action bare = Action.of(Entity.PRESIDENT, Act.DISMISS, Entity.AKIM_OF_DISTRICT, DAY);
        assertEquals(java.util.Map.of("actor", List.of("president"), "act", List.of("dismiss"), "target", List.of("akim-of-district")),
                ActionArguments.of(bare));
    }

    @Test
    void everyFieldIsWrittenOnOneYamlLine() {
        assertEquals(List.of("consents: [senate]", "proposedBy: president", "consulted: [majilis]", "candidates: 3",
                "appointee: {closeRelativeOfPresident: true, partyMember: true, firstPresident: true, termsInARow: 2,"
                        + " electedUnderOneTermRule: true, heldThisOfficeSince2026: true}",
                "circumstances: [martial-law, state-of-emergency]", "votes: {senate: {for: 40, of: 50}, majilis: {for: 80, of: 98}}",
                "initiative: {for: 20, of: 98}", "opinions: [constitutional-court]", "turnout: {for: 6000001, of: 12000000}",
                "regions: {for: 14, of: 20}"), ActionFields.stated(everyField()));
    }

    @Test
    void eachConditionIsMetAndUnmetInTheFieldItNames() {
        Action bare = Action.of(Entity.PRESIDENT, Act.APPOINT, Entity.CHAIR_OF_NATIONAL_BANK, DAY);
        List<Condition> conditions = List.of(new Condition.Consent(Entity.SENATE), new Condition.Proposal(Entity.PRIME_MINISTER),
                new Condition.Consultation(Entity.MAJILIS), new Condition.Candidates(2), new Condition.Opinion(Entity.CONSTITUTIONAL_COURT),
                new Condition.Vote(Entity.MAJILIS, Threshold.TWO_THIRDS), new Condition.Initiative(Entity.MAJILIS, Threshold.ONE_FIFTH),
                new Condition.Turnout(Threshold.MORE_THAN_HALF_OF_CITIZENS_ENTITLED), new Condition.Regions(Threshold.TWO_THIRDS_OF_REGIONS));
        for (Condition c : conditions) {
            Action met = c.met(bare, 98);
            Action unmet = c.unmet(met, 98);
            assertTrue(c.field().isStatedIn(met), c + " states " + c.field());
            for (ActionField other : ActionField.values()) {
                if (other != c.field()) {
                    assertEquals(other.valueIn(bare), other.valueIn(met), c + " leaves " + other + " alone");
                }
            }
            assertTrue(!c.field().valueIn(met).equals(c.field().valueIn(unmet)), c + " unmet differs from met");
            if (c instanceof Condition.ReferendumCount) {
                // the voters' own counts: no other body takes part in a referendum
                assertEquals(c, c.about(Entity.SENATE), c.toString());
                continue;
            }
            assertEquals(c.party().isPresent(), c.about(Entity.SENATE).party().map(p -> p == Entity.SENATE).orElse(false), c.toString());
        }
        assertEquals(Optional.empty(), new Condition.Candidates(2).party());
    }
}
