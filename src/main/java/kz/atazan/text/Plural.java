package kz.atazan.text;

import kz.atazan.model.Language;

/**
 * The CLDR plural category of a whole number in a language (cldr/common/supplemental/plurals.xml):
 * Russian has one, few, many (1 депутат, 2 депутата, 5 депутатов); Kazakh and English one and
 * other (Kazakh keeps the noun singular after a numeral, but "1" and "2" still read differently
 * in some sentences). Only integers are counted here, so Russian "other" (fractions) never occurs.
 */
public enum Plural {
    ZERO, ONE, TWO, FEW, MANY, OTHER;

    /** The category of {@code n} in {@code language}. */
    public static Plural of(Language language, long n) {
        long i = Math.abs(n);
        return switch (language) {
            case RU -> russian(i);
            case KK -> i == 1 ? ONE : OTHER;
            case EN -> i == 1 ? ONE : OTHER;
        };
    }

    private static Plural russian(long i) {
        long mod10 = i % 10;
        long mod100 = i % 100;
        if (mod10 == 1 && mod100 != 11) {
            return ONE;
        }
        if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
            return FEW;
        }
        return MANY;
    }

    /** The keyword of a branch in a message: {@code one}, {@code few}, {@code many}, {@code other}. */
    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
