package kz.atazan.engine;

import java.util.Optional;
import kz.atazan.model.Effect;
import kz.atazan.model.Constitution;
import kz.atazan.model.Ground;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import kz.atazan.model.Act;
import kz.atazan.model.Action;
import kz.atazan.model.Edition;
import kz.atazan.model.Entity;
import kz.atazan.model.Judgment;
import kz.atazan.model.Reason;
import kz.atazan.model.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The action's date is the only clock: each wording answers exactly for its days. */
class EngineDatesTest {

    private static Engine engine;

    @BeforeAll
    static void load() throws Exception {
        engine = new Engine(RuleBase.builtIn());
    }

    private static Judgment dismissDistrictAkim(int year, int month, int day) {
        return engine.judge(Action.of(Entity.PRESIDENT, Act.DISMISS, Entity.AKIM_OF_DISTRICT, LocalDate.of(year, month, day)));
    }

    @Test
    void theDayBeforeAnAmendmentAnswersByTheOldWordingAndItsFirstDayByTheNew() {
        Judgment before = dismissDistrictAkim(2022, 6, 7);
        assertEquals(Verdict.CONSTITUTIONAL, before.verdict());
        assertEquals(Edition.TEXT_OF_2019, before.decisiveReasons().get(0).citation().orElseThrow().edition());

        Judgment after = dismissDistrictAkim(2022, 6, 8);
        assertEquals(Verdict.UNCONSTITUTIONAL, after.verdict());
        assertEquals(Edition.LAW_OF_8_JUNE_2022, after.decisiveReasons().get(0).citation().orElseThrow().edition());
    }

    @Test
    void onlyTheWordingInForceIsCited() {
        Judgment after = dismissDistrictAkim(2024, 1, 1);
        assertTrue(after.reasons().stream().allMatch(r -> r.citation().orElseThrow().inForce().contains(LocalDate.of(2024, 1, 1))));
    }

    /** The President releasing the Chair of the Higher Judicial Council (no provision speaks to it until 8 June 2022): an action of no family. */
    private static Judgment presidentReleasesJudicialCouncilChair(int year, int month, int day) {
        return engine.judge(Action.of(Entity.PRESIDENT, Act.DISMISS, Entity.CHAIR_OF_HIGHER_JUDICIAL_COUNCIL, LocalDate.of(year, month, day)));
    }

    @Test
    void beforeTheModelledWordingsTheAnswerIsUndeterminedWithTheReason() {
        Reason reason = presidentReleasesJudicialCouncilChair(2019, 3, 22).reasons().get(0);
        assertEquals(Verdict.UNDETERMINED, presidentReleasesJudicialCouncilChair(2019, 3, 22).verdict());
        Ground.Outside outside = (Ground.Outside) reason.ground();
        assertEquals(Ground.Outside.Why.BEFORE_MODELLED, outside.why());
        assertEquals(Optional.of(Constitution.OF_1995), outside.inForce());
        assertEquals(Effect.NOT_MODELLED, reason.effect());
    }

    @Test
    void beforeThe1995ConstitutionTheReasonSaysItDidNotExist() {
        Reason reason = dismissDistrictAkim(1995, 8, 29).reasons().get(0);
        assertEquals(Ground.Outside.Why.NO_CONSTITUTION, ((Ground.Outside) reason.ground()).why());
    }

    @Test
    void fromJuly2026TheConstitutionOf2026AnswersWithItsOwnArticles() {
        Judgment before = engine.judge(Action.of(Entity.PRESIDENT, Act.DISMISS, Entity.AKIM_OF_REGION, LocalDate.of(2026, 6, 30)));
        assertEquals(Verdict.CONSTITUTIONAL, before.verdict());
        assertEquals(Edition.LAW_OF_8_JUNE_2022, before.decisiveReasons().get(0).citation().orElseThrow().edition());

        Judgment after = engine.judge(Action.of(Entity.PRESIDENT, Act.DISMISS, Entity.AKIM_OF_REGION, LocalDate.of(2026, 7, 1)));
        assertEquals(Verdict.CONSTITUTIONAL, after.verdict());
        assertTrue(after.reasons().stream().allMatch(r -> r.citation().orElseThrow().edition() == Edition.CONSTITUTION_OF_2026),
                after.reasons().toString());
        assertEquals("Art. 89(4), Constitution of 2026", after.decisiveReasons().get(0).citation().orElseThrow().reference());
    }

    @Test
    void theSenateActingFromJuly2026IsUnconstitutionalBecauseItsPowersEnded() {
        Judgment judgment = engine.judge(Action.of(Entity.SENATE, Act.CONSENT, Entity.PROSECUTOR_GENERAL, LocalDate.of(2026, 7, 1)));
        assertEquals(Verdict.UNCONSTITUTIONAL, judgment.verdict());
        assertTrue(judgment.decisiveReasons().stream()
                .anyMatch(r -> r.citation().orElseThrow().reference().equals("Art. 95(1), Constitution of 2026")), judgment.reasons().toString());
    }
}
