package kz.atazan.teaching;

import kz.atazan.text.Words;
import java.util.Optional;
import kz.atazan.model.Language;
import kz.atazan.model.Ground;
import static kz.atazan.teaching.Rules.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Collectors;
import kz.atazan.model.Act;
import kz.atazan.model.Action;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Citation;
import kz.atazan.model.Condition;
import kz.atazan.model.Edition;
import kz.atazan.model.Effect;
import kz.atazan.model.Entity;
import kz.atazan.model.Verdict;
import org.junit.jupiter.api.Test;

/** The justification tree and the smallest change: the right provisions, conditions and changes. */
class ExplainerTest {

    private static final Words EN = Words.in(Language.EN);

    private final Explainer explainer = new Explainer(Rules.engine());

    private static Action districtAkimDismissed(String date) {
        return Action.of(Entity.PRESIDENT, Act.DISMISS, Entity.AKIM_OF_DISTRICT, day(date));
    }

    private static Action nationalBankChairAppointed(String date) {
        return Action.of(Entity.PRESIDENT, Act.APPOINT, Entity.CHAIR_OF_NATIONAL_BANK, day(date));
    }

    private static Branch branch(Explanation e, Part part) {
        return e.branches().stream().filter(b -> b.part() == part).findFirst().orElseThrow();
    }

    private static List<String> references(List<Citation> citations) {
        return citations.stream().map(Citation::reference).distinct().toList();
    }

    @Test
    void theDistrictAkimCanBeDismissedOnTheLastDayOfThe2019TextUnderItsArt87Paragraph4() {
        Explanation e = explainer.explain(districtAkimDismissed("2022-06-07"));
        assertEquals(Verdict.CONSTITUTIONAL, e.judgment().verdict());
        Point power = branch(e, Part.POWER).points().get(0);
        assertEquals(Effect.GRANTS, power.effect());
        assertEquals(List.of("Art. 87(4), Constitution of 1995"), references(power.citations()));
        assertEquals(Edition.TEXT_OF_2019, power.citations().get(0).edition());
        assertTrue(e.smallestChange().isEmpty(), "only an unconstitutional verdict asks for a change");
    }

    @Test
    void fromTheLawOf8June2022NoChangeHelpsButActingBeforeItAndThePowerWasAbolished() {
        Explanation e = explainer.explain(districtAkimDismissed("2022-06-08"));
        assertEquals(Verdict.UNCONSTITUTIONAL, e.judgment().verdict());
        Point power = branch(e, Part.POWER).points().get(0);
        assertEquals(Effect.DENIES, power.effect());
        assertTrue(power.decisive());
        assertEquals(Edition.LAW_OF_8_JUNE_2022, power.citations().get(0).edition());
        assertTrue(branch(e, Part.CONDITIONS).points().isEmpty());
        assertTrue(branch(e, Part.PROHIBITIONS).points().isEmpty());

        SmallestChange change = e.smallestChange().orElseThrow();
        assertTrue(change.sameDay().isEmpty(), "no consent or proposal gives back a power the text withdrew");
        SmallestChange.OtherDate other = change.otherDate().orElseThrow();
        assertTrue(other.earlier());
        assertTrue(other.steps().isEmpty(), "the same action, as given");
        assertEquals("act before 8 June 2022", other.when(EN));
        assertEquals(day("1995-08-30"), other.days().from(), "the same words from the first day of the Constitution of 1995");
        assertEquals(day("2022-06-07"), other.days().to());
        assertEquals(day("2022-06-08"), change.ended().orElseThrow(), "nothing makes it constitutional again, not even in 2026");
    }

    @Test
    void withoutTheSenatesConsentTheMissingConditionIsTheConsentUnderArt44And55AndObtainingItIsTheSmallestChange() {
        Explanation e = explainer.explain(nationalBankChairAppointed("2023-05-01"));
        assertEquals(Verdict.UNCONSTITUTIONAL, e.judgment().verdict());
        List<Point> missing = branch(e, Part.CONDITIONS).points().stream().filter(p -> p.effect() == Effect.CONDITION_MISSING).toList();
        assertEquals(1, missing.size(), "one condition, cited by two provisions");
        assertEquals(new Ground.Tested(new Condition.Consent(Entity.SENATE), false, Optional.empty()), missing.get(0).reason().ground());
        assertEquals(List.of("Art. 44(4), Constitution of 1995", "Art. 55(2), Constitution of 1995"), references(missing.get(0).citations()));

        SmallestChange change = e.smallestChange().orElseThrow();
        assertEquals(1, change.sameDay().size());
        Remedy remedy = change.sameDay().get(0);
        assertEquals(1, remedy.steps().size());
        Step step = remedy.steps().get(0);
        assertEquals(new Condition.Consent(Entity.SENATE), ((Change.Fulfil) step.change()).condition());
        assertEquals("obtain the consent of the Senate", step.change().instruction(EN));
        assertEquals("consents: [senate]", step.change().field());
        assertEquals(List.of("Art. 44(4), Constitution of 1995", "Art. 55(2), Constitution of 1995"), references(step.provisions()));
        assertEquals(Verdict.CONSTITUTIONAL, remedy.result().verdict());

        SmallestChange.OtherDate other = change.otherDate().orElseThrow();
        assertFalse(other.earlier());
        assertEquals("act on or after 1 July 2026", other.when(EN));
        assertTrue(references(Comparison.decisive(other.judgment())).contains("Art. 46(5), Constitution of 2026"));
    }

    @Test
    void anOblastAkimAfterTheReformNeedsBothTheMaslikhatsConsentAndTwoCandidates() {
        Explanation e = explainer.explain(Action.of(Entity.PRESIDENT, Act.APPOINT, Entity.AKIM_OF_REGION, day("2023-05-01")));
        Remedy remedy = e.smallestChange().orElseThrow().sameDay().get(0);
        assertEquals(List.of("candidates: 2", "consents: [maslikhats-of-region]"),
                remedy.steps().stream().map(s -> s.change().field()).sorted().toList());
        remedy.steps().forEach(s -> assertEquals(List.of("Art. 87(4), Constitution of 1995"), references(s.provisions())));
    }

    @Test
    void aProhibitionIsLiftedByTakingAwayTheCircumstanceThatBarsIt() {
        Action charge = Action.of(Entity.MAJILIS, Act.BRING_CHARGE, Entity.PRESIDENT, day("2024-05-01"))
                .with(b -> b.circumstance(Circumstance.PRESIDENT_CONSIDERING_DISSOLUTION, true));
        Explanation e = explainer.explain(charge);
        assertEquals(Verdict.UNCONSTITUTIONAL, e.judgment().verdict());
        Point bar = branch(e, Part.PROHIBITIONS).points().get(0);
        assertEquals(List.of("Art. 47(3), Constitution of 1995"), references(bar.citations()));
        Step step = e.smallestChange().orElseThrow().sameDay().get(0).steps().get(0);
        assertEquals(new Change.Without(Circumstance.PRESIDENT_CONSIDERING_DISSOLUTION), step.change());
        assertEquals(List.of("Art. 47(3), Constitution of 1995"), references(step.provisions()));
    }

    @Test
    void aPowerThatNeverExistedHasNoSmallestChange() {
        Explanation e = explainer.explain(Action.of(Entity.PRESIDENT, Act.INITIATE_LAW, Entity.SENATE, day("2023-05-01")));
        SmallestChange change = e.smallestChange().orElseThrow();
        assertFalse(change.exists());
        assertEquals(SmallestChange.None.Why.NO_POWER, change.none().orElseThrow().why());
    }

    @Test
    void everySmallestChangeFoundIsConstitutionalAndNoneOfItsStepsCanBeLeftOut() {
        // unconstitutional actions of the scenario files, a spread sample: each remedy is checked against the engine
        List<Action> sample = QuestionPool.read(List.of(java.nio.file.Path.of("scenarios"))).candidates().stream()
                .map(QuestionPool.Candidate::action)
                .filter(a -> Rules.engine().judge(a).verdict() == Verdict.UNCONSTITUTIONAL)
                .toList();
        assertTrue(sample.size() > 100, "the scenario files hold many unconstitutional actions");
        RemedySearch search = new RemedySearch(Rules.engine());
        int withRemedy = 0;
        for (int i = 0; i < sample.size(); i += 5) {
            Action a = sample.get(i);
            for (Remedy remedy : search.smallest(Evaluation.of(Rules.engine(), a))) {
                withRemedy++;
                Action changed = a;
                for (Step s : remedy.steps()) {
                    changed = s.change().applyTo(changed);
                }
                assertEquals(Verdict.CONSTITUTIONAL, Rules.engine().judge(changed).verdict(), "remedy for " + a);
                for (Step left : remedy.steps()) {
                    Action without = a;
                    for (Step s : remedy.steps()) {
                        without = s == left ? without : s.change().applyTo(without);
                    }
                    assertFalse(Rules.engine().judge(without).verdict() == Verdict.CONSTITUTIONAL,
                            "a smaller change would do for " + a + ": " + remedy.steps().stream().map(s -> s.change().field()).collect(Collectors.joining("; ")));
                }
            }
        }
        assertTrue(withRemedy > 20, "remedies found: " + withRemedy);
    }

    @Test
    void theTextNamesEachProvisionAsLawyersDoWithItsWordingDaysAndRussianQuote() {
        String text = String.join("\n", ExplanationText.lines(explainer.explain(districtAkimDismissed("2022-06-08")), Language.EN));
        assertTrue(text.contains("Art. 87(4), Constitution of 1995, as worded by the Law of 8 June 2022, in force 8 June 2022 to 30 June 2026"), text);
        assertTrue(text.contains("official Russian text: «Акимы иных административно-территориальных единиц"), text);
        assertTrue(text.contains("act before 8 June 2022: the same action was constitutional from 30 August 1995 to 7 June 2022"), text);
        assertTrue(text.contains("«Президент Республики вправе по своему усмотрению освобождать акимов от должностей.»"), "the 2019 wording quoted: " + text);
        assertTrue(text.contains("the power was abolished: from 8 June 2022"), text);
    }

    @Test
    void theJsonGivesTheSmallestChangeInTheScenarioVocabularyWithItsProvisions() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ExplanationJson.of(explainer.explain(nationalBankChairAppointed("2023-05-01")), Language.EN));
        assertEquals("unconstitutional", json.get("verdict").asText());
        assertEquals("chair-of-national-bank", json.get("fields").get("target").asText());
        JsonNode step = json.get("smallestChange").get("sameDay").get(0).get("changes").get(0);
        assertEquals("consents: [senate]", step.get("field").asText());
        assertEquals("Art. 55(2), Constitution of 1995", step.get("provisions").get(1).asText());
        assertEquals("2026-07-01", json.get("smallestChange").get("otherDate").get("from").asText());
        JsonNode conditions = json.get("why").get(1);
        assertEquals("conditions", conditions.get("part").asText());
        JsonNode provision = conditions.get("points").get(0).get("provisions").get(0);
        assertEquals("the Law of 8 June 2022", provision.get("amendment").asText());
        assertTrue(provision.get("quote").asText().startsWith("с согласия Сената Парламента"));
    }
}
