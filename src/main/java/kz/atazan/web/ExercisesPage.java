package kz.atazan.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the exercises page shows, in the page's language: the choice of topic and size, the sheet's
 * questions with the answers given, and once checked, each answer marked with the reasons for a
 * wrong one. The sheet is fixed by its topic, size and seed, which the page's links carry.
 */
public record ExercisesPage(String lang, Map<String, String> text, List<AskPage.Option> languages, List<AskPage.Option> topics,
        int count, long seed, List<Item> questions, Optional<String> score, List<String> problems, String sheetLink, String keyLink,
        String newSheetLink) {

    /** One question: its id, the question in words, its facts, the verdicts to choose from, and once checked, the result. */
    public record Item(String id, String question, String facts, List<AskPage.Option> choices, Optional<Result> result) {}

    /** An answer checked: right or not, and for a wrong one the engine's answer and its reasons. */
    public record Result(boolean right, List<String> feedback) {}

    public String t(String key) {
        return text.getOrDefault(key, key);
    }
}
