package kz.atazan.text;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.atazan.model.Language;

/**
 * A sentence chosen but not yet said: the key of a message and the values of its placeholders.
 * Code that finds a problem far from the user (reading a scenario file, a date, a name) says which
 * sentence applies; the edge that knows the user's language says it ({@link #in}). A value may be
 * another sentence, said in the same language.
 */
public record Sentence(String key, Map<String, Object> values) {

    public Sentence {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** {@code Sentence.of("input.not-a-date", "written", text)}: the key, then name, value pairs. */
    public static Sentence of(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("expected name, value pairs, got " + Arrays.toString(namesAndValues));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Sentence(key, values);
    }

    /**
     * A count as each language groups its digits: "12,000,000" in English, "12 000 000" (with
     * no-break spaces) in Russian and Kazakh, where a number of four digits stays whole ("5000").
     * It may stand where a plural placeholder expects a number; its {@code #} is then grouped too.
     */
    public record Grouped(long value) {

        String in(Language language) {
            if (language == Language.EN) {
                return String.format(java.util.Locale.ROOT, "%,d", value);
            }
            return Math.abs(value) < 10_000 ? Long.toString(value)
                    : String.format(java.util.Locale.ROOT, "%,d", value).replace(',', '\u00a0');
        }
    }

    /**
     * What a name means, as the vocabulary says it: the English line of the model in English, the
     * name of the name tables (in the nominative) in Russian and Kazakh.
     */
    public record Meaning(kz.atazan.model.Named name) {

        String in(Messages messages) {
            return messages.language() == Language.EN ? name.meaning() : messages.name((Enum<?>) name).form("nom");
        }
    }

    /** An entry of the name tables ({@code month.2}), in the form the placeholder asks for. */
    public record Name(String key) {}

    /** The sentence in a language. */
    public String in(Language language) {
        return Messages.of(language).format(key, values);
    }

    /** The sentence in English, for logs and exceptions that no user reads in another language. */
    @Override
    public String toString() {
        return in(Language.EN);
    }
}
