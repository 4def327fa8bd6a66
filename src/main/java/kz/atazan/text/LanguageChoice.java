package kz.atazan.text;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Arrays;
import kz.atazan.model.Language;

/**
 * Which language to speak: {@code --lang ru|kk|en} if given, else the environment variable
 * {@value #VARIABLE}, else the system locale's language if Atazan speaks it, else English.
 */
public final class LanguageChoice {

    /** The environment variable that chooses the language when {@code --lang} is not given. */
    public static final String VARIABLE = "ATAZAN_LANG";

    private LanguageChoice() {}

    /** The language, and what was wrong with an explicit choice (said in the language chosen without it). */
    public record Outcome(Language language, Optional<String> problem) {}

    /**
     * @param option the value of {@code --lang}, or null
     * @param variable the value of {@value #VARIABLE}, or null
     * @param system the system locale
     */
    public static Outcome choose(String option, String variable, Locale system) {
        Language fallback = fromLocale(system);
        if (option != null) {
            return parse(option, "--lang", fallback);
        }
        if (variable != null && !variable.isBlank()) {
            return parse(variable, VARIABLE, fallback);
        }
        return new Outcome(fallback, Optional.empty());
    }

    /** The language of a locale ({@code ru_KZ}, {@code kk}), or English when Atazan does not speak it. */
    public static Language fromLocale(Locale locale) {
        return locale == null ? Language.EN : Language.ofCode(locale.getLanguage()).orElse(Language.EN);
    }

    private static Outcome parse(String given, String source, Language fallback) {
        // a locale such as ru_RU.UTF-8 or kk-KZ names its language first
        String code = given.trim().split("[_\\-.@]", 2)[0];
        Optional<Language> language = Language.ofCode(code);
        if (language.isPresent()) {
            return new Outcome(language.get(), Optional.empty());
        }
        return new Outcome(fallback, Optional.of(Messages.of(fallback).format("error.language", "source", source, "given", given,
                "expected", Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", ")))));
    }
}
