package kz.atazan.teaching;

import java.util.Locale;
import kz.atazan.model.Verdict;
import kz.atazan.scenario.Vocabulary;

/** A student's answer: a verdict as the vocabulary spells it, or its first letter (c, u, d). */
final class VerdictAnswer {

    private VerdictAnswer() {}

    static Vocabulary.Lookup<Verdict> parse(String given) {
        String typed = given.trim().toLowerCase(Locale.ROOT);
        return switch (typed) {
            case "c" -> Vocabulary.verdict("constitutional");
            case "u" -> Vocabulary.verdict("unconstitutional");
            case "d" -> Vocabulary.verdict("undetermined");
            default -> Vocabulary.verdict(typed);
        };
    }
}
