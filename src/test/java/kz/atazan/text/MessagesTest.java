package kz.atazan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import kz.atazan.model.Act;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Constitution;
import kz.atazan.model.Edition;
import kz.atazan.model.Entity;
import kz.atazan.model.Language;
import kz.atazan.model.Provision;
import org.junit.jupiter.api.Test;

/** The bundles are complete and consistent in all three languages, and say dates, citations and counts as legal texts do. */
class MessagesTest {

    private static final Messages EN = Messages.of(Language.EN);
    private static final Messages RU = Messages.of(Language.RU);
    private static final Messages KK = Messages.of(Language.KK);

    @Test
    void everyKeyIsInAllThreeLanguagesOfEachBundle() {
        for (String base : Messages.BUNDLES) {
            Map<Language, Set<String>> keys = new EnumMap<>(Language.class);
            for (Language l : Language.values()) {
                keys.put(l, new TreeSet<>(Collections.list(Messages.bundle(base, l).getKeys())));
            }
            for (Language l : Language.values()) {
                for (Language other : Language.values()) {
                    Set<String> missing = new TreeSet<>(keys.get(other));
                    missing.removeAll(keys.get(l));
                    assertTrue(missing.isEmpty(), base + "_" + l.code() + ".properties lacks " + missing);
                }
            }
        }
    }

    @Test
    void noLanguageFallsBackToAnother() {
        assertThrows(MissingResourceException.class, () -> RU.format("no.such.key"));
        ResourceBundle bundle = Messages.bundle("messages", Language.KK);
        assertThrows(MissingResourceException.class, () -> bundle.getString("no.such.key"));
    }

    @Test
    void everyMessageParsesAndUsesOnlyThePlaceholdersOfTheEnglish() {
        List<String> problems = new ArrayList<>();
        for (String key : EN.keys()) {
            if (key.endsWith(".gender")) {
                continue;
            }
            Set<String> english = placeholders(EN, key);
            for (Messages m : List.of(RU, KK)) {
                Set<String> own = placeholders(m, key);
                own.removeAll(english);
                // a Russian or Kazakh sentence may agree with a value the English names anyway, or follow the words of the
                // Constitution of its date (Kazakh: dismissal); never one the code does not pass
                own.removeAll(Set.of("actor", "kind", "code", "date", "iso", "constitution"));
                if (!own.isEmpty()) {
                    problems.add(m.language().code() + " " + key + " uses " + own + " which the English does not");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static Set<String> placeholders(Messages m, String key) {
        Set<String> names = new TreeSet<>();
        for (String part : m.raw(key).split("\\|", -1)) {
            names.addAll(MessagePattern.parse(key, part.trim()).placeholders());
        }
        return names;
    }

    @Test
    void pluralBranchesAreTheLanguagesCategories() {
        List<String> problems = new ArrayList<>();
        Map<Language, Set<String>> allowed = Map.of(Language.RU, Set.of("one", "few", "many", "other"),
                Language.KK, Set.of("one", "other"), Language.EN, Set.of("one", "other"));
        for (Messages m : List.of(EN, RU, KK)) {
            for (String key : m.keys()) {
                for (String part : m.raw(key).split("\\|", -1)) {
                    for (MessagePattern.Placeholder p : MessagePattern.parse(key, part.trim()).choices()) {
                        if (p.type().equals("plural")) {
                            p.branches().keySet().stream().filter(b -> !b.startsWith("=") && !allowed.get(m.language()).contains(b))
                                    .forEach(b -> problems.add(m.language().code() + " " + key + ": no plural category '" + b + "'"));
                            if (m.language() == Language.RU && !p.branches().keySet().containsAll(Set.of("one", "few", "many"))) {
                                problems.add("ru " + key + ": a Russian plural needs one, few and many");
                            }
                        }
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyNameHasItsFormsAndGender() {
        Map<Language, Set<String>> genders = Map.of(Language.RU, Set.of("m", "f", "n", "pl"),
                Language.KK, Set.of("sg", "pl"), Language.EN, Set.of("sg", "pl"));
        List<String> problems = new ArrayList<>();
        for (Messages m : List.of(EN, RU, KK)) {
            for (Enum<?>[] constants : List.<Enum<?>[]>of(Entity.values(), Circumstance.values(), Constitution.values(), Edition.values())) {
                for (Enum<?> c : constants) {
                    try {
                        Term t = m.name(c);
                        for (String form : Forms.of(m.language())) {
                            if (t.form(form).isBlank()) {
                                problems.add(m.language().code() + " " + Messages.keyOf(c) + " has an empty " + form);
                            }
                        }
                        if (!(c instanceof Circumstance) && !genders.get(m.language()).contains(t.gender())) {
                            problems.add(m.language().code() + " " + Messages.keyOf(c) + " has gender '" + t.gender() + "'");
                        }
                    } catch (RuntimeException e) {
                        problems.add(m.language().code() + " " + Messages.keyOf(c) + ": " + e.getMessage());
                    }
                }
            }
            for (Act act : Act.values()) {
                for (String form : List.of("inf", "does")) {
                    for (Entity actor : List.of(Entity.PRESIDENT, Entity.VOTERS)) {
                        try {
                            String said = m.format(Messages.keyOf(act) + "." + form, "actor", actor, "target", Entity.AKIM_OF_REGION,
                                    "kind", "office", "code", "akim-of-region", "constitution", actor == Entity.PRESIDENT ? "c2026" : "other");
                            if (said.contains("{") || said.isBlank()) {
                                problems.add(m.language().code() + " " + act + "." + form + ": " + said);
                            }
                        } catch (RuntimeException e) {
                            problems.add(m.language().code() + " " + act + "." + form + ": " + e.getMessage());
                        }
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void datesAreWrittenAsInLegalTexts() {
        LocalDate day = LocalDate.of(2023, 5, 1);
        assertEquals("1 May 2023", EN.date(day).form("nom"));
        assertEquals("1 мая 2023 года", RU.date(day).form("gen"));
        assertEquals("2023 жылғы 1 мамыр", KK.date(day).form("nom"));
        assertEquals("2023 жылғы 1 мамырда", KK.date(day).form("loc"));
        assertEquals("2022 жылғы 8 маусымнан", KK.date(LocalDate.of(2022, 6, 8)).form("abl"));
        assertEquals("2026 жылғы 30 маусымға", KK.date(LocalDate.of(2026, 6, 30)).form("dat"));
        assertEquals("17 сентября 2022 года", RU.formatPattern("{d}", "d", LocalDate.of(2022, 9, 17)));
    }

    @Test
    void aSingleDayIsNamedOnceNotAsAPeriodFromItToItself() {
        LocalDate day = LocalDate.of(2026, 7, 1);
        kz.atazan.model.Period one = new kz.atazan.model.Period(day, day);
        for (Language l : Language.values()) {
            Words words = Words.in(l);
            String year = "2026";
            for (String key : List.of("window", "explain.window", "change.span")) {
                String said = words.days(key, one);
                assertEquals(1, said.split(year, -1).length - 1, l + " " + key + ": " + said);
                assertTrue(words.days(key, new kz.atazan.model.Period(day, day.plusDays(1))).split(year, -1).length - 1 == 2, l + " " + key);
            }
        }
        assertEquals("1 июля 2026 года", Words.in(Language.RU).days("change.span", one));
    }

    @Test
    void kazakhDismissalIsSaidInTheWordsOfTheTextInForceOnTheActionsDate() {
        Words kk = Words.in(Language.KK);
        kz.atazan.model.Action in2023 = kz.atazan.model.Action.of(Entity.PRESIDENT, Act.DISMISS, Entity.AKIM_OF_REGION, LocalDate.of(2023, 5, 1));
        assertTrue(kk.act(in2023, "inf").contains("қызметтен босату"), kk.act(in2023, "inf"));
        assertTrue(kk.act(in2023.on(LocalDate.of(2026, 8, 1)), "does").contains("лауазымынан босатады"), kk.act(in2023.on(LocalDate.of(2026, 8, 1)), "does"));
        assertEquals(Words.in(Language.RU).act(in2023, "inf"), Words.in(Language.RU).act(in2023.on(LocalDate.of(2026, 8, 1)), "inf"));
    }

    @Test
    void provisionsAreCitedInEachLanguagesForm() {
        Provision p = Provision.parse("Art. 87(4)").orElseThrow();
        assertEquals("Art. 87(4)", EN.cite(p, Edition.TEXT_OF_2019).form("nom"));
        assertEquals("Art. 87(4), Constitution of 1995", EN.reference(p, Edition.TEXT_OF_2019).form("nom"));
        assertEquals("пункт 4 статьи 87", RU.cite(p, Edition.TEXT_OF_2019).form("nom"));
        assertEquals("пункта 4 статьи 87 Конституции 1995 года", RU.reference(p, Edition.TEXT_OF_2019).form("gen"));
        assertEquals("87-баптың 4-тармағы", KK.cite(p, Edition.TEXT_OF_2019).form("nom"));
        assertEquals("1995 жылғы Конституцияның 87-бабының 4-тармағында", KK.reference(p, Edition.TEXT_OF_2019).form("loc"));
        // Art. 44 of 1995 lists subitems, not paragraphs
        Provision item = Provision.parse("Art. 44(4)").orElseThrow();
        assertEquals("подпункт 4) статьи 44", RU.cite(item, Edition.TEXT_OF_2019).form("nom"));
        assertEquals("44-баптың 4) тармақшасы", KK.cite(item, Edition.TEXT_OF_2019).form("nom"));
        assertEquals("пункт 4 статьи 44", RU.cite(item, Edition.CONSTITUTION_OF_2026).form("nom"));
        Provision sub = Provision.parse("Art. 56(1)(2)").orElseThrow();
        assertEquals("подпунктом 2) пункта 1 статьи 56", RU.cite(sub, Edition.TEXT_OF_2019).form("ins"));
        assertEquals("56-баптың 1-тармағының 2) тармақшасы", KK.cite(sub, Edition.TEXT_OF_2019).form("nom"));
        assertEquals("статья 83-1", RU.cite(Provision.parse("Art. 83-1").orElseThrow(), Edition.TEXT_OF_2019).form("nom"));
        assertEquals("83-1-бап", KK.cite(Provision.parse("Art. 83-1").orElseThrow(), Edition.TEXT_OF_2019).form("nom"));
    }

    @Test
    void namesTakeTheCaseTheSentenceAsksFor() {
        assertEquals("с согласия Сената Парламента", RU.formatPattern("с согласия {body:gen}", "body", Entity.SENATE));
        assertEquals("Парламент Сенатының келісімімен", KK.formatPattern("{body:gen} келісімімен", "body", Entity.SENATE));
        assertEquals("Мәслихат", KK.formatPattern("{body:Nom}", "body", Entity.MASLIKHAT));
        assertEquals("назначает акима области", RU.format("act.appoint.does", "actor", Entity.PRESIDENT, "target", Entity.AKIM_OF_REGION,
                "kind", "office", "code", "akim-of-region"));
        assertEquals("облыс әкімін тағайындайды", KK.format("act.appoint.does", "actor", Entity.PRESIDENT, "target", Entity.AKIM_OF_REGION,
                "kind", "office", "code", "akim-of-region"));
        assertEquals("избирают Президента", RU.format("act.elect.does", "actor", Entity.VOTERS, "target", Entity.PRESIDENT,
                "kind", "organ", "code", "president"));
        assertEquals("elect the President", EN.format("act.elect.does", "actor", Entity.VOTERS, "target", Entity.PRESIDENT,
                "kind", "organ", "code", "president"));
    }

    @Test
    void pluralsAndSelectionsFollowTheLanguage() {
        String deputies = "{n, plural, one {# депутат} few {# депутата} many {# депутатов} other {# депутата}}";
        assertEquals("1 депутат", RU.formatPattern(deputies, "n", 1));
        assertEquals("54 депутата", RU.formatPattern(deputies, "n", 54));
        assertEquals("98 депутатов", RU.formatPattern(deputies, "n", 98));
        assertEquals("111 депутатов", RU.formatPattern(deputies, "n", 111));
        assertEquals("98 депутат", KK.formatPattern("{n, plural, one {# депутат} other {# депутат}}", "n", 98));
        assertEquals("no vote", EN.formatPattern("{n, plural, =0 {no vote} one {# vote} other {# votes}}", "n", 0));
        assertEquals("не существовала", RU.formatPattern("не {b, select, f {существовала} n {существовало} pl {существовали} other {существовал}}",
                "b", Entity.CENTRAL_ELECTION_COMMISSION));
        assertEquals("The Senate's", EN.formatPattern("{b:Nom}'s", "b", Entity.SENATE));
    }

    @Test
    void aPlaceholderLeftWithoutAValueFailsLoudly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RU.format("date", "day", 1, "year", "2023"));
        assertTrue(e.getMessage().contains("{month}"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RU.formatPattern("{x:loc}", "x", Entity.SENATE), "Russian has no locative");
        assertThrows(IllegalArgumentException.class, () -> MessagePattern.parse("k", "{n, plural, one {x}}"), "no other branch");
        assertThrows(IllegalArgumentException.class, () -> MessagePattern.parse("k", "unclosed {x"));
    }

    @Test
    void countsGroupTheirDigitsAsEachLanguageDoesAlsoInsidePlurals() {
        Object[] turnout = {"kind", "nationwide", "given", new Sentence.Grouped(12_000_000), "counted", new Sentence.Grouped(15_000_000),
                "needed", new Sentence.Grouped(7_500_001), "threshold", kz.atazan.model.Threshold.MORE_THAN_HALF_OF_CITIZENS_ENTITLED};
        assertTrue(EN.format("condition.turnout.met", turnout).startsWith("12,000,000 of the 15,000,000 citizens"), EN.format("condition.turnout.met", turnout));
        // Russian: the plural branch of 15 000 000 is "граждан" and its # is grouped with no-break spaces
        assertTrue(RU.format("condition.turnout.met", turnout).contains("12\u00a0000\u00a0000 из 15\u00a0000\u00a0000 граждан"),
                RU.format("condition.turnout.met", turnout));
        assertTrue(KK.format("condition.turnout.met", turnout).contains("15\u00a0000\u00a0000 азаматтың ішінен 12\u00a0000\u00a0000 азамат"),
                KK.format("condition.turnout.met", turnout));
        // a number of four digits stays whole in Russian and Kazakh, and is grouped in English
        assertEquals("5000", new Sentence.Grouped(5000).in(Language.RU));
        assertEquals("10\u00a0000", new Sentence.Grouped(10_000).in(Language.KK));
        assertEquals("5,000", new Sentence.Grouped(5000).in(Language.EN));
    }
}
