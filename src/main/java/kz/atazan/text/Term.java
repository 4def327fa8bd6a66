package kz.atazan.text;

import java.util.List;
import java.util.Locale;
import kz.atazan.model.Language;

/**
 * A name in one language with the grammatical forms sentences need ({@link Forms}): one form for
 * a word that does not change, or one per form of the language. {@code gender} is the grammatical
 * gender or number a sentence may agree with ({@code m}, {@code f}, {@code n}, {@code pl} in
 * Russian; {@code sg}, {@code pl} in Kazakh and English).
 */
public record Term(Language language, List<String> forms, String gender) {

    public Term {
        forms = List.copyOf(forms);
        int expected = Forms.of(language).size();
        if (forms.size() != 1 && forms.size() != expected) {
            throw new IllegalArgumentException("a " + language + " name has 1 or " + expected + " forms " + Forms.of(language)
                    + ", not " + forms.size() + ": " + forms);
        }
    }

    /** A word that does not change. */
    public static Term fixed(Language language, String text) {
        return new Term(language, List.of(text), "");
    }

    /**
     * The form named ({@code nom}, {@code gen}, ...); a capitalised name ({@code Nom}) capitalises
     * the first letter, for a name that opens a sentence.
     */
    public String form(String name) {
        String wanted = name == null ? "nom" : name;
        boolean capital = !wanted.isEmpty() && Character.isUpperCase(wanted.charAt(0));
        String lower = wanted.toLowerCase(Locale.ROOT);
        int index = Forms.of(language).indexOf(lower);
        if (index < 0) {
            throw new IllegalArgumentException("no form '" + name + "' in " + language + "; the forms are " + Forms.of(language));
        }
        String text = forms.size() == 1 ? forms.get(0) : forms.get(index);
        return capital ? capitalised(text) : text;
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    @Override
    public String toString() {
        return forms.get(0);
    }
}
