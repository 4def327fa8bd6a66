package kz.atazan.teaching;

import kz.atazan.model.Edition;
import static kz.atazan.teaching.Rules.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kz.atazan.model.Act;
import kz.atazan.model.Action;
import kz.atazan.model.Entity;
import kz.atazan.model.Verdict;
import org.junit.jupiter.api.Test;

/** Each change between two dates is tied to the amendment that caused it and the provisions that changed. */
class ComparisonTest {

    private static Comparison compare(Action action, String... dates) {
        return Comparison.of(Rules.engine(), action, java.util.Arrays.stream(dates).map(Rules::day).toList());
    }

    private static WordingChange wording(Transition t, String provision) {
        return t.wordings().stream().filter(w -> w.provision().equals(provision)).findFirst().orElseThrow(() -> new AssertionError(t.wordings()));
    }

    @Test
    void theDistrictAkimsDismissalFlipsOn8June2022ByTheLawOf8June2022WhichReworded87Paragraph4() {
        Comparison c = compare(Action.of(Entity.PRESIDENT, Act.DISMISS, Entity.AKIM_OF_DISTRICT, day("2022-06-07")), "2022-06-08", "2022-06-07");
        assertEquals(List.of(day("2022-06-07"), day("2022-06-08")), c.judgments().stream().map(j -> j.action().date()).toList(), "in date order");
        Transition t = c.transitions().get(0);
        assertEquals(Verdict.CONSTITUTIONAL, t.before().verdict());
        assertEquals(Verdict.UNCONSTITUTIONAL, t.after().verdict());
        assertEquals(List.of(Cause.law(Edition.LAW_OF_8_JUNE_2022)), t.laws());
        assertEquals("changed", wording(t, "Art. 87(4), Constitution of 1995").kind());
    }

    @Test
    void acrossTwoAmendmentsTheDistrictAkimsDismissalIsBlamedOnThe2022LawThatEndedItNotOnTheConstitutionOf2026() {
        Comparison c = compare(Action.of(Entity.PRESIDENT, Act.DISMISS, Entity.AKIM_OF_DISTRICT, day("2022-01-01")), "2022-01-01", "2026-08-01");
        Transition t = c.transitions().get(0);
        assertEquals(Verdict.CONSTITUTIONAL, t.before().verdict());
        assertEquals(Verdict.UNCONSTITUTIONAL, t.after().verdict());
        assertEquals(List.of(Cause.law(Edition.LAW_OF_8_JUNE_2022)), t.laws());
    }

    @Test
    void theNationalBankChairNeedsNoConsentFromTheConstitutionOf2026() {
        Comparison c = compare(Action.of(Entity.PRESIDENT, Act.APPOINT, Entity.CHAIR_OF_NATIONAL_BANK, day("2026-06-30")), "2026-06-30", "2026-07-01");
        Transition t = c.transitions().get(0);
        assertEquals(Verdict.UNCONSTITUTIONAL, t.before().verdict());
        assertEquals(Verdict.CONSTITUTIONAL, t.after().verdict());
        assertEquals(List.of(Cause.law(Edition.CONSTITUTION_OF_2026)), t.laws());
        assertEquals("no-longer-applies", wording(t, "Art. 44(4), Constitution of 1995").kind());
        assertEquals("no-longer-applies", wording(t, "Art. 55(2), Constitution of 1995").kind());
        assertEquals("now-applies", wording(t, "Art. 46(5), Constitution of 2026").kind());
    }

    @Test
    void acrossTheThreePeriodsEachStepNamesItsAmendmentAndTheDaysTheVerdictChangedInBetween() {
        Comparison c = compare(Action.of(Entity.PRESIDENT, Act.APPOINT, Entity.JUDGE_OF_CONSTITUTIONAL_COURT, day("2021-05-10")),
                "2021-05-10", "2024-05-10", "2027-03-01");
        assertEquals(List.of(Verdict.UNCONSTITUTIONAL, Verdict.CONSTITUTIONAL, Verdict.UNCONSTITUTIONAL),
                c.judgments().stream().map(j -> j.verdict()).toList());
        Transition reform = c.transitions().get(0);
        // Art. 71(3) as in force in 2024 is the wording of 17 September 2022 (decision 9)
        assertEquals(List.of(Cause.law(Edition.LAW_OF_17_SEPTEMBER_2022)), reform.laws());
        assertEquals(List.of(day("2022-06-08"), day("2022-09-17")), reform.between().stream().map(Transition.VerdictChange::day).toList());
        Transition newConstitution = c.transitions().get(1);
        assertEquals(List.of(Cause.law(Edition.CONSTITUTION_OF_2026)), newConstitution.laws());
        assertEquals(List.of(day("2026-07-01")), newConstitution.between().stream().map(Transition.VerdictChange::day).toList());
    }

    @Test
    void aWordingDeferredTo1January2023IsNamedAsSuch() {
        Comparison c = compare(Action.of(Entity.CITIZEN, Act.APPLY, Entity.CONSTITUTIONAL_COURT, day("2022-12-31")), "2022-12-31", "2023-01-01");
        Transition t = c.transitions().get(0);
        assertEquals(Verdict.UNCONSTITUTIONAL, t.before().verdict());
        assertEquals(Verdict.CONSTITUTIONAL, t.after().verdict());
        assertEquals(List.of(Cause.law(Edition.LAW_OF_8_JUNE_2022_FROM_2023)), t.laws());
        assertEquals("no-longer-applies", wording(t, "Art. 99(1), Constitution of 1995").kind());
        assertEquals("now-applies", wording(t, "Art. 72(3), Constitution of 1995").kind());
    }

    @Test
    void aNewEditionWithTheSameQuotedWordsIsStillANewWording() {
        Comparison c = compare(Action.of(Entity.MAJILIS, Act.BRING_CHARGE, Entity.PRESIDENT, day("2022-12-31")), "2022-12-31", "2023-01-01");
        Transition t = c.transitions().get(0);
        assertFalse(t.verdictChanged());
        assertEquals(List.of(Cause.law(Edition.LAW_OF_8_JUNE_2022_FROM_2023)), t.laws());
        assertEquals("new-same-words", wording(t, "Art. 47(2), Constitution of 1995").kind());
    }

    @Test
    void theSameProvisionsInTheSameWordingMeanNoAmendment() {
        Comparison c = compare(Action.of(Entity.PRESIDENT, Act.APPOINT, Entity.CHAIR_OF_NATIONAL_BANK, day("2024-05-01")), "2024-05-01", "2026-06-30");
        Transition t = c.transitions().get(0);
        assertFalse(t.verdictChanged());
        assertTrue(t.laws().isEmpty());
        assertTrue(t.wordings().isEmpty());
    }
}
