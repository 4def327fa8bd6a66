package kz.atazan.teaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import kz.atazan.engine.Engine;
import kz.atazan.model.Verdict;

/**
 * Draws a sheet of questions from a pool: by topic and dates, as many constitutional as
 * unconstitutional answers where the pool allows, spread over as many scenarios as possible, in an
 * order the seed fixes. Questions the engine answers undetermined are left out: a sheet asks what
 * the text decides.
 */
public final class SheetMaker {

    /** What to draw. {@code topic} is a scenario folder, an act, or an actor or target name; empty for any. */
    public record Request(int count, Optional<String> topic, Optional<LocalDate> from, Optional<LocalDate> to, long seed) {}

    private final Engine engine;

    public SheetMaker(Engine engine) {
        this.engine = engine;
    }

    /** The candidates of the pool that the request admits, whatever their answer. */
    public static List<QuestionPool.Candidate> admitted(QuestionPool pool, Request request) {
        return pool.candidates().stream()
                .filter(c -> request.topic().map(t -> matches(c, t)).orElse(true))
                .filter(c -> request.from().map(d -> !c.action().date().isBefore(d)).orElse(true))
                .filter(c -> request.to().map(d -> !c.action().date().isAfter(d)).orElse(true))
                .toList();
    }

    private static boolean matches(QuestionPool.Candidate c, String topic) {
        String t = topic.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return c.topic().equals(t) || c.action().act().label().equals(t) || c.action().actor().label().equals(t)
                || c.action().target().label().equals(t);
    }

    public Sheet make(QuestionPool pool, Request request, String title, String about) {
        Random random = new Random(request.seed());
        List<QuestionPool.Candidate> constitutional = new ArrayList<>();
        List<QuestionPool.Candidate> unconstitutional = new ArrayList<>();
        for (QuestionPool.Candidate c : admitted(pool, request)) {
            Verdict v = engine.judge(c.action()).verdict();
            if (v == Verdict.CONSTITUTIONAL) {
                constitutional.add(c);
            } else if (v == Verdict.UNCONSTITUTIONAL) {
                unconstitutional.add(c);
            }
        }
        Collections.shuffle(constitutional, random);
        Collections.shuffle(unconstitutional, random);
        // the two answers in turn, as many of each as the pool allows; within each, a scenario not yet
        // asked about first, so that the sheet spreads over as many scenarios as it can
        List<List<QuestionPool.Candidate>> sides = List.of(constitutional, unconstitutional);
        List<QuestionPool.Candidate> picked = new ArrayList<>();
        Set<String> scenarios = new HashSet<>();
        for (int side = 0; picked.size() < request.count() && !(constitutional.isEmpty() && unconstitutional.isEmpty()); side = 1 - side) {
            List<QuestionPool.Candidate> from = sides.get(side).isEmpty() ? sides.get(1 - side) : sides.get(side);
            QuestionPool.Candidate next = from.stream().filter(c -> !scenarios.contains(c.scenario())).findFirst().orElse(from.get(0));
            from.remove(next);
            scenarios.add(next.scenario());
            picked.add(next);
        }
        Collections.shuffle(picked, random);
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < picked.size(); i++) {
            questions.add(new Question("q" + (i + 1), picked.get(i).action()));
        }
        return new Sheet(title, about, questions);
    }
}
