package kz.atazan.teaching;

import static kz.atazan.teaching.Rules.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kz.atazan.model.Citation;
import kz.atazan.model.Condition;
import kz.atazan.model.Edition;
import kz.atazan.model.Entity;
import kz.atazan.model.Verdict;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The power map on a date and between two dates: the right powers, terms, provisions and amendments. */
class PowerSurveyTest {

    private static PowerSurvey survey;
    private static PowerMap in2023;
    private static PowerDiff from2021To2023;

    @BeforeAll
    static void survey() {
        survey = new PowerSurvey(Rules.engine());
        in2023 = survey.on(day("2023-05-01"));
        from2021To2023 = survey.diff(day("2021-05-01"), day("2023-05-01"));
    }

    private static Power power(PowerMap map, String key) {
        return map.find(key).orElseThrow(() -> new AssertionError("no power '" + key + "' on " + map.date()));
    }

    private static PowerChange change(String key) {
        return from2021To2023.changes().stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no change for '" + key + "'"));
    }

    private static List<String> references(List<Citation> citations) {
        return citations.stream().map(Citation::reference).distinct().toList();
    }

    @Test
    void in2023ThePresidentAppointsTheNationalBankChairWithTheSenatesConsentUnderArt44And55() {
        Power p = power(in2023, "president appoint chair-of-national-bank");
        assertEquals(Verdict.CONSTITUTIONAL, p.verdict());
        assertEquals(1, p.terms().size());
        assertEquals(new Condition.Consent(Entity.SENATE), ((Change.Fulfil) p.terms().get(0).change()).condition());
        assertEquals(List.of("Art. 44(4), Constitution of 1995", "Art. 55(2), Constitution of 1995"), references(p.terms().get(0).provisions()));
        assertEquals("consents: [senate]", PowerTerms.fields(p));
    }

    @Test
    void in2023HeDismissesOblastAkimsAloneButNoLongerDistrictAkims() {
        Power oblast = power(in2023, "president dismiss akim-of-region");
        assertEquals("alone", PowerTerms.fields(oblast));
        assertEquals(Edition.LAW_OF_8_JUNE_2022, oblast.grounds().get(0).edition());
        assertTrue(in2023.find("president dismiss akim-of-district").isEmpty());
    }

    @Test
    void fromBeforeTheReformToTheConstitutionOf2026TheDistrictAkimsFreeDismissalIsLostByTheLawOf8June2022() {
        PowerChange lost = survey.diff(day("2022-01-01"), day("2026-08-01")).changes().stream()
                .filter(c -> c.key().equals("president dismiss akim-of-district")).findFirst().orElseThrow();
        assertEquals(PowerChange.Kind.LOST, lost.kind());
        assertEquals(List.of(Cause.law(Edition.LAW_OF_8_JUNE_2022)), lost.laws());
    }

    @Test
    void theTerminalTableSaysTheTermsInTheLanguageChosenNotInTheFieldsOfAScenarioFile() {
        for (kz.atazan.model.Language language : List.of(kz.atazan.model.Language.RU, kz.atazan.model.Language.KK)) {
            kz.atazan.text.Words words = kz.atazan.text.Words.in(language);
            List<String> lines = new java.util.ArrayList<>(PowerText.of(in2023, words));
            lines.addAll(PowerText.of(from2021To2023, words));
            for (String line : lines) {
                for (kz.atazan.model.ActionField f : kz.atazan.model.ActionField.values()) {
                    assertFalse(line.contains(f.key() + ":"), language + ": " + line);
                }
                for (kz.atazan.model.PersonField f : kz.atazan.model.PersonField.values()) {
                    assertFalse(line.contains(f.key()), language + ": " + line);
                }
            }
            Power p = power(in2023, "president appoint chair-of-national-bank");
            String row = lines.stream().filter(l -> l.startsWith("president ") && l.contains(" chair-of-national-bank ") && l.contains(" appoint "))
                    .findFirst().orElseThrow();
            assertTrue(row.contains(String.join("; ", p.termWords(words))), row);
        }
    }

    @Test
    void dissolvingTheMajilisIsBarredInAStateOfEmergencyUnderArt63() {
        Power p = power(in2023, "president dissolve majilis");
        String terms = PowerTerms.fields(p);
        assertTrue(terms.contains("not when: state-of-emergency"), terms);
        assertTrue(p.bars().stream().flatMap(s -> s.provisions().stream()).anyMatch(c -> c.provision().toString().startsWith("Art. 63")),
                p.bars().toString());
    }

    @Test
    void from1July2026ThePresidentAppointsTheNationalBankChairAloneUnderArt46Paragraph5() {
        PowerMap map = survey.on(day("2026-07-01"));
        Power p = power(map, "president appoint chair-of-national-bank");
        assertTrue(p.terms().isEmpty());
        assertTrue(references(p.grounds()).contains("Art. 46(5), Constitution of 2026"));
        assertTrue(map.find("senate consent chair-of-national-bank").isEmpty(), "the Senate is gone");
    }

    @Test
    void theDiffTiesEachChangeToItsAmendment() {
        PowerChange lost = change("president dismiss akim-of-district");
        assertEquals(PowerChange.Kind.LOST, lost.kind());
        assertEquals(List.of(Cause.law(Edition.LAW_OF_8_JUNE_2022)), lost.laws());
        assertTrue(lost.reasonsAfter().contains("Art. 87(4), Constitution of 1995 (gives no such power)"), lost.reasonsAfter());

        PowerChange akim = change("president appoint akim-of-region");
        assertEquals(PowerChange.Kind.CHANGED, akim.kind());
        assertEquals("consents: [maslikhat]", PowerTerms.fields(akim.before().orElseThrow()));
        assertEquals("candidates: 2; consents: [maslikhats-of-region]", PowerTerms.fields(akim.after().orElseThrow()));
        assertEquals(List.of(Cause.law(Edition.LAW_OF_8_JUNE_2022)), akim.laws());

        PowerChange assembly = change("assembly-of-people elect majilis-deputy-from-assembly");
        assertEquals(PowerChange.Kind.LOST, assembly.kind());
        assertEquals(Edition.LAW_OF_8_JUNE_2022_FROM_EIGHTH_MAJILIS, assembly.laws().get(0).edition());

        PowerChange judges = change("president appoint judge-of-constitutional-court");
        assertEquals(PowerChange.Kind.GAINED, judges.kind());
        assertTrue(judges.reasonsBefore().contains("did not exist"), judges.reasonsBefore());
        assertFalse(from2021To2023.changes().stream().anyMatch(c -> c.key().equals("president dismiss akim-of-region")
                && c.kind() != PowerChange.Kind.REWORDED), "the oblast akim's dismissal did not change in substance");
    }

    @Test
    void theHtmlMapIsOneSelfContainedPageWhoseTableCitesAndQuotesTheProvisions() {
        Document page = Jsoup.parse(PowerHtml.of(in2023));
        assertTrue(page.select("link[href], script[src], img[src]").isEmpty(), "nothing loaded from elsewhere");
        assertEquals(in2023.size(), page.select("table#powers tbody tr").size());
        Element row = page.selectFirst("table#powers tr[data-actor=president][data-act=appoint][data-target=chair-of-national-bank]");
        assertEquals("with the consent of the Senate", row.selectFirst("td.terms").text());
        List<String> cited = row.select("a.provision").eachText();
        assertEquals(List.of("Art. 44(4), Constitution of 1995", "Art. 55(2), Constitution of 1995"), cited);
        Element quote = page.getElementById(row.selectFirst("a.provision").attr("href").substring(1));
        assertTrue(quote.selectFirst("td.ru").text().startsWith("с согласия Сената Парламента"), quote.text());
        assertFalse(page.select("svg line.edge[data-actor=president][data-target=prime-minister]").isEmpty(), "the diagram draws who appoints whom");
    }

    @Test
    void theHtmlDiffShowsEachChangeWithItsCause() {
        Document page = Jsoup.parse(PowerHtml.of(from2021To2023));
        Element lost = page.selectFirst("table#changes tr.lost[data-actor=president][data-act=dismiss][data-target=akim-of-district]");
        assertEquals("the Law of 8 June 2022", lost.selectFirst("td.cause").text());
        assertTrue(lost.selectFirst("td.after").text().startsWith("no such power"));
        Element changed = page.selectFirst("table#changes tr.changed[data-target=akim-of-region]");
        assertTrue(changed.selectFirst("td.after").text().contains("from at least 2 candidates"), changed.text());
        assertEquals(String.valueOf(from2021To2023.changes().size()), page.getElementById("count").text());
    }

    @Test
    void theMarkdownMapIsATableWithEnglishNamesAndTheVocabulary() {
        String md = PowerMarkdown.of(in2023);
        assertTrue(md.contains("| The President `president` | Appoint … `appoint` | The Chair of the National Bank `chair-of-national-bank` |"
                + " with the consent of the Senate | Art. 44(4), Art. 55(2), Constitution of 1995 |"), md.substring(0, 600));
        assertTrue(md.contains("«с согласия Сената Парламента"));
    }

    /** powers --diff and check give one answer: each side of each change is what check says of the bare action. */
    @Test
    void everyChangeSaysOfEachDateWhatCheckSays() {
        kz.atazan.text.Words words = kz.atazan.text.Words.in(kz.atazan.model.Language.EN);
        for (PowerChange c : from2021To2023.changes()) {
            for (boolean first : new boolean[] {true, false}) {
                java.time.LocalDate date = first ? day("2021-05-01") : day("2023-05-01");
                java.util.Optional<Power> side = first ? c.before() : c.after();
                kz.atazan.model.Judgment bare = Rules.engine().judge(kz.atazan.model.Action.of(c.actor(), c.act(), c.target(), date));
                String where = c.key() + " on " + date + ": " + bare.verdict();
                if (side.isPresent()) {
                    assertFalse(NearestQuestions.unspoken(bare), where);
                } else {
                    String said = PowerTerms.without(first ? c.againstBefore() : c.againstAfter(), words);
                    assertTrue(bare.verdict() != kz.atazan.model.Verdict.CONSTITUTIONAL, where);
                    assertEquals(bare.verdict() == kz.atazan.model.Verdict.UNDETERMINED ? "undetermined" : "no such power", said, where);
                }
            }
        }
    }

    /**
     * The build records, for the built-in rules, which circumstances and facts may give or bar each
     * power, and a map tries only those: the maps must be those of trying every one, on the first
     * day of a wording window and inside one, before and after the reform and under the 2026 text.
     */
    @Test
    void theCircumstancesTheBuildRecordedGiveTheMapsOfTryingEveryOne() {
        PowerSurvey everything = PowerSurvey.tryingEverything(Rules.engine());
        for (String date : List.of("2019-03-20", "2022-06-08", "2023-05-01", "2026-07-01")) {
            assertEquals(everything.on(day(date)), survey.on(day(date)), date);
        }
    }
}
