package kz.atazan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import kz.atazan.model.Language;
import org.junit.jupiter.api.Test;

/** The small plural selector agrees with ICU4J's CLDR rules on every whole number a sentence may count. */
class PluralTest {

    @Test
    void agreesWithTheCldrRulesOfEachLanguage() {
        for (Language language : Language.values()) {
            PluralRules rules = PluralRules.forLocale(ULocale.forLanguageTag(language.code()));
            for (long n = 0; n <= 100_000; n++) {
                assertEquals(rules.select(n), Plural.of(language, n).keyword(), language + " " + n);
            }
        }
    }

    @Test
    void russianCountsDeputiesAsLawyersDo() {
        assertEquals(Plural.ONE, Plural.of(Language.RU, 1));
        assertEquals(Plural.FEW, Plural.of(Language.RU, 2));
        assertEquals(Plural.MANY, Plural.of(Language.RU, 5));
        assertEquals(Plural.MANY, Plural.of(Language.RU, 11));
        assertEquals(Plural.ONE, Plural.of(Language.RU, 101));
        assertEquals(Plural.FEW, Plural.of(Language.RU, 98 - 44));
        assertEquals(Plural.OTHER, Plural.of(Language.KK, 98));
    }
}
