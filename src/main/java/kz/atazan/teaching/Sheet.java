package kz.atazan.teaching;

import java.util.List;
import java.util.Optional;

/**
 * An exercise sheet: its questions and how it was made (topic, dates, seed), so it can be made
 * again. Only the actions are kept: answers are always the engine's, never stored in the sheet.
 */
public record Sheet(String title, String about, List<Question> questions) {

    public Sheet {
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
