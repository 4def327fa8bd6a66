package kz.atazan.engine;

import kz.atazan.model.Language;
import kz.atazan.text.Sentence;

/**
 * Something wrong with a rule file: where it is, and the sentence that says what was expected (the
 * engine chooses it; the edge that knows the reader's language says it).
 */
public record RuleProblem(String file, int line, Sentence message) {

    /** The file, the line if known, and the sentence in a language: {@code rules/president/x.drl:7: ...}. */
    public String in(Language language) {
        return (line > 0 ? file + ":" + line : file) + ": " + message.in(language);
    }

    /** In English, for the build's log. */
    @Override
    public String toString() {
        return in(Language.EN);
    }
}
