package kz.atazan.teaching;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.atazan.engine.Engine;
import kz.atazan.model.Verdict;

/**
 * An exercise sheet: its questions and how it was made (topic, dates, seed), so it can be made
 * again. Only the actions are kept: answers are always the engine's, never stored in the sheet.
 */
public record Sheet(String title, String about, List<Question> questions) {

    public Sheet {
        questions = List.copyOf(questions);
    }

    /** How many questions the engine answers each way (every verdict present, zero where none). */
    public Map<Verdict, Long> answers(Engine engine) {
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0L);
        }
        questions.forEach(q -> counts.merge(engine.judge(q.action()).verdict(), 1L, Long::sum));
        return counts;
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
