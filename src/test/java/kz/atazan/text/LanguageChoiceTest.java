package kz.atazan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import kz.atazan.model.Language;
import org.junit.jupiter.api.Test;

/** --lang, else ATAZAN_LANG, else the system locale, else English. */
class LanguageChoiceTest {

    @Test
    void theOptionComesFirstThenTheVariableThenTheLocale() {
        assertEquals(Language.KK, LanguageChoice.choose("kk", "ru", Locale.ENGLISH).language());
        assertEquals(Language.RU, LanguageChoice.choose(null, "ru", Locale.ENGLISH).language());
        assertEquals(Language.RU, LanguageChoice.choose(null, "ru_KZ.UTF-8", Locale.ENGLISH).language());
        assertEquals(Language.KK, LanguageChoice.choose(null, null, Locale.forLanguageTag("kk-KZ")).language());
        assertEquals(Language.RU, LanguageChoice.choose(null, "", Locale.forLanguageTag("ru-RU")).language());
        assertEquals(Language.EN, LanguageChoice.choose(null, null, Locale.GERMANY).language());
        assertEquals(Language.EN, LanguageChoice.choose(null, null, null).language());
    }

    @Test
    void aLanguageAtazanDoesNotSpeakIsAnErrorInTheLanguageOfTheSystem() {
        LanguageChoice.Outcome outcome = LanguageChoice.choose("de", null, Locale.forLanguageTag("ru"));
        assertEquals(Language.RU, outcome.language());
        assertTrue(outcome.problem().orElseThrow().startsWith("--lang: «de»"), outcome.problem().orElseThrow());
        assertTrue(LanguageChoice.choose(null, "fr", Locale.ENGLISH).problem().orElseThrow().contains("ATAZAN_LANG"));
    }
}
