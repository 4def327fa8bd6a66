package kz.atazan.engine;

import kz.atazan.model.Count;
import kz.atazan.model.Condition;
import kz.atazan.model.Ground;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.atazan.model.Absence;
import kz.atazan.model.Act;
import kz.atazan.model.Action;
import kz.atazan.model.Appointee;
import kz.atazan.model.Citation;
import kz.atazan.model.Denial;
import kz.atazan.model.Edition;
import kz.atazan.model.Language;
import kz.atazan.model.Effect;
import kz.atazan.model.Entity;
import kz.atazan.model.Grant;
import kz.atazan.model.Judgment;
import kz.atazan.model.OpenQuestion;
import kz.atazan.model.Period;
import kz.atazan.model.Provision;
import kz.atazan.model.Reason;
import kz.atazan.model.Requirement;
import kz.atazan.model.Seats;
import kz.atazan.model.Tally;
import kz.atazan.model.Threshold;
import kz.atazan.model.Verdict;
import org.junit.jupiter.api.Test;

/** How the conclusions of several rules are weighed into one verdict (scenario contract §1.4). */
class JudgeTest {

    private static final LocalDate DAY = LocalDate.of(2023, 5, 1);
    private static final Action APPOINTMENT = Action.of(Entity.PRESIDENT, Act.APPOINT, Entity.CHAIR_OF_NATIONAL_BANK, DAY);
    private static final Action WITH_CONSENT = new Action(Entity.PRESIDENT, Act.APPOINT, Entity.CHAIR_OF_NATIONAL_BANK, DAY,
            Set.of(Entity.SENATE), null, Set.of(), 1, Appointee.UNREMARKABLE, Set.of(), Map.of(), null, Set.of(), null, null);

    private static Conclusion by(String provision, kz.atazan.model.Finding finding) {
        Citation citation = new Citation("test.judge.art" + provision.replaceAll("[^0-9]+", "-") + "2022", Map.of(Language.EN, "rule for " + provision),
                Provision.parse(provision).orElseThrow(), Edition.LAW_OF_8_JUNE_2022, Period.parse("2022-06-08/2026-06-30"), "цитата", Optional.empty(),
                LocalDate.of(2026, 11, 27));
        return new Conclusion(citation, finding);
    }

    @Test
    void silenceIsNeverConstitutional() {
        Judgment judgment = Judge.decide(APPOINTMENT, List.of());
        assertEquals(Verdict.UNDETERMINED, judgment.verdict());
        assertEquals(Effect.NOT_MODELLED, judgment.reasons().get(0).effect());
    }

    @Test
    void aGrantWithItsConditionMetIsConstitutional() {
        Judgment judgment = Judge.decide(WITH_CONSENT, List.of(by("Art. 44(4)", new Grant()), by("Art. 55(2)", Requirement.consentOf(Entity.SENATE))));
        assertEquals(Verdict.CONSTITUTIONAL, judgment.verdict());
        assertEquals(List.of(Effect.GRANTS, Effect.CONDITION_MET), judgment.decisiveReasons().stream().map(Reason::effect).toList());
    }

    @Test
    void aMissingConsentDefeatsTheGrantAndIsTheDecisiveReason() {
        Judgment judgment = Judge.decide(APPOINTMENT, List.of(by("Art. 44(4)", new Grant()), by("Art. 55(2)", Requirement.consentOf(Entity.SENATE))));
        assertEquals(Verdict.UNCONSTITUTIONAL, judgment.verdict());
        Reason decisive = judgment.decisiveReasons().get(0);
        assertEquals(1, judgment.decisiveReasons().size());
        assertEquals("Art. 55(2)", decisive.provision().orElseThrow().toString());
        assertEquals(new Ground.Tested(new Condition.Consent(Entity.SENATE), false, Optional.empty()), decisive.ground());
    }

    @Test
    void anOpenQuestionLeavesAGrantUndetermined() {
        Judgment judgment = Judge.decide(APPOINTMENT, List.of(by("Art. 44(4)", new Grant()), by("Art. 71(1)", new OpenQuestion())));
        assertEquals(Verdict.UNDETERMINED, judgment.verdict());
        assertEquals("Art. 71(1)", judgment.decisiveReasons().get(0).provision().orElseThrow().toString());
    }

    @Test
    void aCertainDefectDecidesEvenWhenSomethingElseIsOpen() {
        Judgment judgment = Judge.decide(APPOINTMENT, List.of(by("Art. 71(1)", new OpenQuestion()), by("Art. 87(4)", new Denial())));
        assertEquals(Verdict.UNCONSTITUTIONAL, judgment.verdict());
        assertEquals(Effect.DENIES, judgment.decisiveReasons().get(0).effect());
    }

    @Test
    void aMajorityOfThoseVotingIsCountedOnTheDeputiesWhoVotedWhateverTheBodysSize() {
        Action consent = new Action(Entity.MASLIKHATS_OF_REGION, Act.CONSENT, Entity.AKIM_OF_REGION, DAY, Set.of(), null, Set.of(), 3,
                Appointee.UNREMARKABLE, Set.of(), Map.of(Entity.MASLIKHATS_OF_REGION, new Tally(40, 70)), null, Set.of(), null, null);
        List<Conclusion> conclusions = List.of(by("Art. 89(4)", new Grant()),
                by("Art. 89(4)", Requirement.voteOf(Entity.MASLIKHATS_OF_REGION, Threshold.MAJORITY_OF_THOSE_VOTING)),
                // even were a size of 100 known, 40 of the 70 who voted is a majority of those voting
                by("Art. 89(4)", new Seats(Entity.MASLIKHATS_OF_REGION, 100)));
        Judgment judgment = Judge.decide(consent, conclusions);
        assertEquals(Verdict.CONSTITUTIONAL, judgment.verdict());
        // 40 of the 70 who took part, a majority of them being 36
        assertTrue(judgment.reasons().stream().anyMatch(r -> r.ground().equals(new Ground.Tested(
                new Condition.Vote(Entity.MASLIKHATS_OF_REGION, Threshold.MAJORITY_OF_THOSE_VOTING), true,
                Optional.of(new Count(40, 70, 70, 36, Threshold.MAJORITY_OF_THOSE_VOTING))))), judgment.reasons().toString());
    }

    @Test
    void aVoteIsCountedAgainstTheSizeTheTextGivesTheBody() {
        Action noConfidence = new Action(Entity.MAJILIS, Act.NO_CONFIDENCE, Entity.GOVERNMENT, DAY, Set.of(), null, Set.of(), 1,
                Appointee.UNREMARKABLE, Set.of(), Map.of(Entity.MAJILIS, new Tally(50, 98)), null, Set.of(), null, null);
        List<Conclusion> conclusions = List.of(by("Art. 56(2)", new Grant()),
                by("Art. 56(2)", Requirement.voteOf(Entity.MAJILIS, Threshold.MAJORITY)));
        assertEquals(Verdict.CONSTITUTIONAL, Judge.decide(noConfidence, conclusions).verdict(), "50 of 98 is more than half");

        List<Conclusion> with107Seats = new java.util.ArrayList<>(conclusions);
        with107Seats.add(by("Art. 50(3)", new Seats(Entity.MAJILIS, 107)));
        Judgment judgment = Judge.decide(noConfidence, with107Seats);
        assertEquals(Verdict.UNCONSTITUTIONAL, judgment.verdict(), "50 of 107 is not more than half");
        // 50 of the 107 deputies: short of a majority of all of them, 54; counted on the 107 of the text, not the 98 stated
        Ground.Tested vote = (Ground.Tested) judgment.decisiveReasons().get(0).ground();
        assertEquals(new Count(50, 107, 98, 54, Threshold.MAJORITY), vote.count().orElseThrow());
        assertTrue(vote.count().orElseThrow().sizeDiffers());
        assertEquals(false, vote.met());
    }

    @Test
    void aVoteNotStatedIsTakenAsTheDecisionTheActionSaysWasTaken() {
        Judgment judgment = Judge.decide(Action.of(Entity.MAJILIS, Act.NO_CONFIDENCE, Entity.GOVERNMENT, DAY),
                List.of(by("Art. 56(2)", new Grant()), by("Art. 56(2)", Requirement.voteOf(Entity.MAJILIS, Threshold.MAJORITY))));
        assertEquals(Verdict.CONSTITUTIONAL, judgment.verdict());
        Ground.Tested vote = (Ground.Tested) judgment.reasons().get(1).ground();
        assertEquals(Optional.empty(), vote.count(), "no vote stated: taken to have decided as the text requires");
        assertTrue(vote.met());
    }

    @Test
    void anAbsentOfficeNamesTheOfficeAndTheDate() {
        Judgment judgment = Judge.decide(APPOINTMENT, List.of(by("Art. 71(1)", new Absence(Entity.CONSTITUTIONAL_COURT))));
        assertEquals(Verdict.UNCONSTITUTIONAL, judgment.verdict());
        assertEquals(new Ground.Absent(Entity.CONSTITUTIONAL_COURT, LocalDate.of(2023, 5, 1)), judgment.reasons().get(0).ground());
    }
}
