package kz.atazan.scenario;

import kz.atazan.model.Language;
import kz.atazan.text.Sentence;

/** A problem in a scenario file or on the command line: where it is and what was expected (said in a language by {@link #in}). */
public record InputError(String file, int line, Sentence message) {

    /** "file:line: message" in the language. */
    public String in(Language language) {
        String said = message.in(language);
        return line > 0 ? file + ":" + line + ": " + said : file + ": " + said;
    }

    /** In English, for logs and tests. */
    @Override
    public String toString() {
        return in(Language.EN);
    }
}
