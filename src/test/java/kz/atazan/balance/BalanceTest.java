package kz.atazan.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import kz.atazan.engine.Engine;
import kz.atazan.engine.RuleBase;
import kz.atazan.model.Entity;
import kz.atazan.model.Language;
import kz.atazan.text.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The scales on chosen days, each expected score derived by hand from the official texts (the
 * provisions are named beside each); the committed dataset and charts re-generated and compared;
 * the charts well-formed.
 */
class BalanceTest {

    private static Engine engine;
    private static Balance all;

    @BeforeAll
    static void load() throws Exception {
        engine = new Engine(RuleBase.builtIn());
        all = Balance.of(engine);
    }

    private static Optional<Integer> v(int value) {
        return Optional.of(value);
    }

    private static final Optional<Integer> UNDETERMINED = Optional.empty();

    private static void expect(String day, Map<Item, Optional<Integer>> expected) {
        PeriodScores p = all.on(LocalDate.parse(day));
        expected.forEach((item, value) -> assertEquals(value, p.score(item).value(),
                day + " " + item.id() + " (" + p.score(item).basis() + ")"));
    }

    /**
     * 1 May 2021, the text of 23 March 2019. Art. 44(2): the President returns "закон или отдельные
     * его статьи"; Art. 54(2)(2): overridden by two thirds of all the deputies of each Chamber, so
     * package veto 2 (override by two thirds) and partial veto 3 (override by an extraordinary
     * majority). No article of this text gives him decrees with the force of law: decree 0. Art. 44(10): he
     * decides alone to hold a referendum: 4. Art. 44(3): the Prime Minister with the Majilis's
     * consent, the members of the Government on the Prime Minister's proposal: cabinet formation 1;
     * he dismisses them (Art. 44(3)): 4. The Majilis may express no
     * confidence (Art. 56(2)) and the President may dissolve it (Art. 63(1)): censure 2. Art. 63(2): not within a year of the
     * last dissolution nor in the last six months of his term: dissolution 3. Siaroff: elected by
     * the people (Art. 41(1)), the supreme command appointed alone (Art. 44(12)), a two-thirds veto,
     * the state of emergency (Art. 44(16)), the Prime Minister, dissolution: all 1.
     */
    @Test
    void in2021() {
        expect("2021-05-01", Map.ofEntries(
                Map.entry(Item.PACKAGE_VETO, v(2)), Map.entry(Item.PARTIAL_VETO, v(3)), Map.entry(Item.DECREE, v(0)),
                Map.entry(Item.EXCLUSIVE_INTRODUCTION, UNDETERMINED), Map.entry(Item.BUDGET, UNDETERMINED), Map.entry(Item.REFERENDUM, v(4)),
                Map.entry(Item.CABINET_FORMATION, v(1)), Map.entry(Item.CABINET_DISMISSAL, v(4)), Map.entry(Item.CENSURE, v(2)),
                Map.entry(Item.DISSOLUTION, v(3)),
                Map.entry(Item.POPULAR_ELECTION, v(1)), Map.entry(Item.CONCURRENT_ELECTION, UNDETERMINED),
                Map.entry(Item.DISCRETIONARY_APPOINTMENTS, v(1)), Map.entry(Item.CHAIRS_CABINET, UNDETERMINED), Map.entry(Item.VETO, v(1)),
                Map.entry(Item.EMERGENCY_OR_DECREE, v(1)), Map.entry(Item.FOREIGN_POLICY, UNDETERMINED),
                Map.entry(Item.GOVERNMENT_FORMATION, v(1)), Map.entry(Item.DISSOLVE_LEGISLATURE, v(1))));
    }

    /**
     * 1 May 2023: the 2022 amendments left every provision above in its place (Art. 44(2), 54(2)(2),
     * 44(3), 63): the same scores. What moved is who shares his appointments (next test).
     */
    @Test
    void in2023TheScalesDoNotMove() {
        PeriodScores in2021 = all.on(LocalDate.parse("2021-05-01"));
        PeriodScores in2023 = all.on(LocalDate.parse("2023-05-01"));
        for (Item item : Item.values()) {
            assertEquals(in2021.score(item).value(), in2023.score(item).value(), item.id());
        }
    }

    /**
     * 1 March 2027, the Constitution of 2026. Art. 46(3): he returns "закон или отдельные его
     * статьи", which the Kurultai overrides by two thirds of all its deputies (Art. 56(2)): 2 and 3.
     * Art. 47(2): decrees with the force of law only "в период временного отсутствия Курултая,
     * вызванного досрочным прекращением его полномочий": decree 1 ("limited"). The referendum alone
     * (Art. 46(10)): 4. The Prime Minister with the Kurultai's consent, the ministers on his proposal
     * (Art. 46(4)): 1; dismissed by him (Art. 46(4)): 4; the Kurultai's no confidence (Art. 56(13))
     * answered by dissolution (Art. 62(1)): 2; dissolution barred within a year of the last one and
     * in the last six months of his term (Art. 62(3)): 3. Siaroff as in 2021 (Art. 43(1), 46(9),
     * 46(17)).
     */
    @Test
    void in2027() {
        expect("2027-03-01", Map.ofEntries(
                Map.entry(Item.PACKAGE_VETO, v(2)), Map.entry(Item.PARTIAL_VETO, v(3)), Map.entry(Item.DECREE, v(1)),
                Map.entry(Item.REFERENDUM, v(4)), Map.entry(Item.CABINET_FORMATION, v(1)), Map.entry(Item.CABINET_DISMISSAL, v(4)),
                Map.entry(Item.CENSURE, v(2)), Map.entry(Item.DISSOLUTION, v(3)), Map.entry(Item.POPULAR_ELECTION, v(1)),
                Map.entry(Item.VETO, v(1)), Map.entry(Item.EMERGENCY_OR_DECREE, v(1)), Map.entry(Item.GOVERNMENT_FORMATION, v(1)),
                Map.entry(Item.DISSOLVE_LEGISLATURE, v(1))));
        PeriodScores p = all.on(LocalDate.parse("2027-03-01"));
        assertEquals(new Total(Scale.SHUGART_CAREY_LEGISLATIVE, 10, 16, 24, 2, 0), p.total(Scale.SHUGART_CAREY_LEGISLATIVE));
        assertEquals(new Total(Scale.SHUGART_CAREY_NON_LEGISLATIVE, 10, 16, 16, 0, 0), p.total(Scale.SHUGART_CAREY_NON_LEGISLATIVE));
        assertEquals(new Total(Scale.SIAROFF, 6, 6, 9, 3, 0), p.total(Scale.SIAROFF));
    }

    /** Until the first Kurultai sits (taken as 1 January 2027) the items that need it are open, not guessed. */
    @Test
    void beforeTheFirstKurultaiTheItemsThatNeedItAreUndetermined() {
        PeriodScores p = all.on(LocalDate.parse("2026-10-01"));
        assertEquals(Score.OPEN, p.score(Item.CABINET_FORMATION).basis());
        assertEquals(Score.OPEN, p.score(Item.PACKAGE_VETO).basis());
        assertEquals(v(4), p.score(Item.CABINET_DISMISSAL).value());
    }

    private static boolean alone(String day, Entity office) {
        return all.on(LocalDate.parse(day)).appointments().alone().stream().anyMatch(a -> a.question().target() == office);
    }

    private static boolean shared(String day, Entity office) {
        return all.on(LocalDate.parse(day)).appointments().shared().stream().anyMatch(a -> a.question().target() == office);
    }

    /**
     * The Chair of the Constitutional Council alone in 2021 (Art. 71(2)); the Chair of the
     * Constitutional Court with the Senate's consent from 2023 (Art. 44(4), 55(2), 71(2)); alone again
     * under the Constitution of 2026 (Art. 46(5), 72(3)). The Chair of the National Bank with the Senate's
     * consent in 2021 and 2023, alone in 2027 (Art. 46(5) of 2026).
     */
    @Test
    void theAppointmentsTheTextMovedBetweenAloneAndShared() {
        assertTrue(alone("2021-05-01", Entity.CHAIR_OF_CONSTITUTIONAL_COUNCIL));
        assertTrue(shared("2023-05-01", Entity.CHAIR_OF_CONSTITUTIONAL_COURT));
        assertTrue(alone("2027-03-01", Entity.CHAIR_OF_CONSTITUTIONAL_COURT));
        assertTrue(shared("2021-05-01", Entity.CHAIR_OF_NATIONAL_BANK));
        assertTrue(shared("2023-05-01", Entity.CHAIR_OF_NATIONAL_BANK));
        assertTrue(alone("2027-03-01", Entity.CHAIR_OF_NATIONAL_BANK));
        assertFalse(alone("2023-05-01", Entity.PRIME_MINISTER));
    }

    /**
     * Under the Constitution of 2026 the Chambers are gone (Art. 95(1)) and the Kurultai consents to
     * the Prime Minister (Art. 46(4)), the Vice President (Art. 46(2)), the judges of the
     * Constitutional Court and the members of the election and audit bodies (Art. 46(8)).
     */
    @Test
    void organCountsIn2027() {
        PeriodScores p = all.on(LocalDate.parse("2027-03-01"));
        assertTrue(p.organs().stream().noneMatch(c -> c.organ() == Entity.SENATE || c.organ() == Entity.MAJILIS), p.organs().toString());
        OrganCounts.Count kurultai = p.organs().stream().filter(c -> c.organ() == Entity.KURULTAI).findFirst().orElseThrow();
        assertTrue(kurultai.consents() >= 5, kurultai.toString());
        OrganCounts.Count president = p.organs().stream().filter(c -> c.organ() == Entity.PRESIDENT).findFirst().orElseThrow();
        assertEquals(0, president.consents());
    }

    /** The committed dataset and charts are what the rules give now (run BalanceFiles to re-write them). */
    @Test
    void theCommittedDatasetIsUpToDate() throws IOException {
        for (Map.Entry<Path, String> file : BalanceFiles.generate(engine).entrySet()) {
            assertEquals(file.getValue(), Files.readString(file.getKey(), StandardCharsets.UTF_8),
                    file.getKey() + " is out of date: run  mvn -q exec:exec -Dexec.executable=java -Dexec.classpathScope=test"
                            + " \"-Dexec.args=-cp %classpath kz.atazan.balance.BalanceFiles\"");
        }
    }

    @Test
    void theChartsAreWellFormedSvgInEveryLanguage() throws Exception {
        for (Language language : Language.values()) {
            Messages m = Messages.of(language);
            for (String svg : List.of(BalanceSvg.overTime(all, m), BalanceSvg.compare(
                    List.of(all.on(LocalDate.parse("2021-05-01")), all.on(LocalDate.parse("2027-03-01"))),
                    List.of(LocalDate.parse("2021-05-01"), LocalDate.parse("2027-03-01")), m))) {
                Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
                assertEquals("svg", doc.getDocumentElement().getTagName());
                assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getAttribute("xmlns"));
                assertFalse(svg.contains("<script") || svg.contains("http://") && !svg.contains("xmlns=\"http://www.w3.org/2000/svg\""));
            }
        }
    }

    @Test
    void everyCsvRowHasTheDocumentedColumns() {
        List<String> lines = BalanceCsv.of(all).lines().toList();
        assertEquals(String.join(",", BalanceCsv.COLUMNS), lines.get(0));
        assertTrue(lines.size() > 100);
    }
}
