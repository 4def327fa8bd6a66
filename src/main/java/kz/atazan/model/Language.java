package kz.atazan.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages Atazan speaks: the two of the official texts, and English. */
public enum Language {
    EN("en"),
    RU("ru"),
    KK("kk");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, as in {@code --lang kk} and {@code messages_kk.properties}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code.trim())).findFirst();
    }
}
