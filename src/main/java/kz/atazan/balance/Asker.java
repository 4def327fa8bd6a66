package kz.atazan.balance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.atazan.engine.Conclusion;
import kz.atazan.engine.Engine;
import kz.atazan.engine.Evaluation;
import kz.atazan.model.Action;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Citation;
import kz.atazan.model.Condition;
import kz.atazan.model.Effect;
import kz.atazan.model.Judgment;
import kz.atazan.model.Requirement;

/** Puts the scales' questions to the engine, each (question, day) once. */
public final class Asker {

    private record Key(Question question, LocalDate date) {}

    private final Engine engine;
    private final Map<Key, Answer> answers = new ConcurrentHashMap<>();

    public Asker(Engine engine) {
        this.engine = engine;
    }

    public Engine engine() {
        return engine;
    }

    public Answer ask(Question question, LocalDate date) {
        return answers.computeIfAbsent(new Key(question, date), k -> answer(question, date));
    }

    private Answer answer(Question question, LocalDate date) {
        Action action = Action.of(question.actor(), question.act(), question.target(), date);
        for (Circumstance c : question.circumstances()) {
            action = action.with(b -> b.circumstance(c, true));
        }
        Evaluation evaluation = engine.evaluate(action);
        Judgment judgment = evaluation.judgment();
        boolean granted = judgment.reasons().stream().anyMatch(r -> r.effect() == Effect.GRANTS);
        boolean barred = judgment.reasons().stream()
                .anyMatch(r -> r.effect() == Effect.DENIES || r.effect() == Effect.PROHIBITS || r.effect() == Effect.OFFICE_ABSENT);
        List<Condition> conditions = new ArrayList<>();
        for (Conclusion c : evaluation.conclusions()) {
            if (c.finding() instanceof Requirement r && !conditions.contains(r.condition())) {
                conditions.add(r.condition());
            }
        }
        List<Citation> citations = judgment.reasons().stream().flatMap(r -> r.citation().stream()).distinct().toList();
        boolean open = judgment.reasons().stream().anyMatch(r -> r.effect() == Effect.LEAVES_OPEN);
        return new Answer(question, date, judgment.verdict(), granted && !barred, open, conditions, citations);
    }
}
