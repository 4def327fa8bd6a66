package kz.atazan.engine;

import kz.atazan.model.Language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.atazan.model.Citation;
import kz.atazan.model.Constitution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the built rule base carries its citation, and every citation holds up against the
 * official texts: the quote stands in each text that shows a day of the rule's window, and the
 * wordings of each provision follow one another without gap or overlap.
 */
class RuleCitationTest {

    private static RuleCatalogue catalogue;
    private static CompiledRules compiled;

    @BeforeAll
    static void load() throws Exception {
        catalogue = RuleBase.builtIn().catalogue();
        compiled = new RuleCompiler(null).compile(Path.of("rules"));
    }

    @Test
    void theBuiltRuleBaseHoldsEveryRuleOfTheRulesFolder() {
        assertEquals(compiled.declared().size(), catalogue.size(),
                "the built model is out of date with rules/: rebuild with mvn package");
        assertTrue(catalogue.size() >= 100, "expected the rule base of the 1995 and 2026 Constitutions, found " + catalogue.size() + " rules");
    }

    @Test
    void everyRuleCitesAProvisionAWordingItsDatesAQuoteAndWhenItWasChecked() {
        for (Citation c : catalogue.citations()) {
            assertTrue(c.summary(Language.EN).length() > 20, "a rule's name says what it decides: " + c.summary(Language.EN));
            assertTrue(c.provision().toString().startsWith("Art. "), c.summary(Language.EN));
            // each wording applies only while its own constitution does (1995: to 2026-06-30; 2026: from 2026-07-01)
            Constitution constitution = c.edition().constitution();
            assertFalse(c.inForce().from().isBefore(constitution.firstDay()), c.summary(Language.EN));
            assertFalse(c.inForce().to().isAfter(constitution.lastDay()), c.summary(Language.EN));
            assertFalse(c.inForce().from().isBefore(c.edition().effective()), c.summary(Language.EN) + ": window starts before its edition");
            assertTrue(c.quote().codePoints().anyMatch(ch -> Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.CYRILLIC), c.summary(Language.EN));
            // no one can have read words not yet in force; a rule whose window starts later than its
            // edition (the months before the first Kurultai sat) may be read from the edition's first day
            assertFalse(c.checked().isBefore(c.edition().effective()), c.summary(Language.EN));
        }
    }

    @Test
    void everyQuoteStandsInTheOfficialTextOnEveryDayItsRuleApplies() {
        OfficialTexts texts = OfficialTexts.load(OfficialTexts.DEFAULT_FOLDER);
        List<String> misquoted = new ArrayList<>();
        for (Citation c : catalogue.citations()) {
            if (!texts.textsMissing(c).isEmpty()) {
                misquoted.add(c.summary(Language.EN) + " -> " + texts.textsMissing(c));
            }
        }
        assertEquals(List.of(), misquoted);
    }

    @Test
    void theWordingsOfEachProvisionFollowOneAnotherWithoutGapOrOverlap() {
        assertEquals(List.of(), CitationChecks.wordingsFollowEachOther(compiled.declared()));
    }
}
