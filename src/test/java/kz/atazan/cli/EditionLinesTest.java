package kz.atazan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import kz.atazan.model.Edition;
import kz.atazan.model.Language;
import kz.atazan.text.Words;
import org.junit.jupiter.api.Test;

/** The law and wording lines name each date once: the question gives the action's date, a wording's window the day it applies from. */
class EditionLinesTest {

    @Test
    void theLawLineDoesNotRepeatTheDateOfTheQuestion() {
        Map<String, String> lawLine = Map.of("en", "law: ", "ru", "применимое право: ", "kk", "қолданылатын құқық: ");
        lawLine.forEach((language, starts) -> {
            AtazanRun run = AtazanRun.of("check", "--actor", "president", "--act", "dismiss", "--target", "akim-of-district", "--on", "2023-05-01",
                    "--lang", language);
            assertEquals(ExitCode.OK, run.exit(), run.err());
            String law = run.out().lines().filter(l -> l.startsWith(starts)).findFirst().orElseThrow(() -> new AssertionError(run.out()));
            assertFalse(law.contains("2023"), language + ": " + law);
        });
    }

    @Test
    void aWordingDoesNotNameTheDayItsWindowStartsOn() {
        Map<Language, List<String>> days = Map.of(Language.EN, List.of("1 July 2026", "1 January 2023"),
                Language.RU, List.of("1 июля 2026", "1 января 2023"), Language.KK, List.of("1 шілде", "1 қаңтар"));
        days.forEach((language, said) -> {
            Words words = Words.in(language);
            String constitution = words.wording(Edition.CONSTITUTION_OF_2026);
            String deferred = words.wording(Edition.LAW_OF_8_JUNE_2022_FROM_2023);
            assertFalse(constitution.contains(said.get(0)), language + ": " + constitution);
            assertFalse(deferred.contains(said.get(1)), language + ": " + deferred);
        });
    }
}
