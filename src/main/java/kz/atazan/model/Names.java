package kz.atazan.model;

import java.util.Locale;

/** The spelling of enum constants in scenario files and reports: lower-kebab-case. */
final class Names {
    private Names() {}

    static String label(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
