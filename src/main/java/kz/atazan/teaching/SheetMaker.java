package kz.atazan.teaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import kz.atazan.engine.Engine;
import kz.atazan.model.Action;
import kz.atazan.model.Entity;
import kz.atazan.model.Ground;
import kz.atazan.model.Judgment;
import kz.atazan.model.NameList;
import kz.atazan.model.Named;
import kz.atazan.model.Reason;
import kz.atazan.model.Tally;
import kz.atazan.model.Verdict;
import kz.atazan.scenario.Vocabulary;

/**
 * Draws a sheet of questions from a pool: by topic and dates, the three answers in turn where the
 * pool allows (an undetermined one only where a provision leaves the question open, never the
 * model's silence or a date it does not cover), mixing actors and acts and spreading over as many
 * scenarios as possible, in an order the seed fixes.
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

    /**
     * A folder, an act, or an organ or office (by any of its names): the actions of that folder, with
     * that act, or with that actor or target, or one whose name has the topic as a word ("akim" takes
     * in akim-of-district and akim-of-region).
     */
    private static boolean matches(QuestionPool.Candidate c, String topic) {
        String t = topic.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        String canonical = Vocabulary.name(NameList.TARGETS, topic).value()
                .or(() -> Vocabulary.name(NameList.ACTS, topic).value()).map(Named::label).orElse(t);
        return c.topic().equals(t) || c.action().act().label().equals(canonical) || names(c.action().actor(), canonical)
                || names(c.action().target(), canonical);
    }

    private static boolean names(Entity e, String topic) {
        return e.label().equals(topic) || Arrays.asList(e.label().split("-")).contains(topic);
    }

    /** The verdicts a sheet asks for, in turn: what the text gives, what it denies, what it leaves open. */
    private static final List<Verdict> SIDES = List.of(Verdict.CONSTITUTIONAL, Verdict.UNCONSTITUTIONAL, Verdict.UNDETERMINED);

    /**
     * Whether every count the action states is of the body's true size that day: a scenario may state
     * 140 deputies of the Kurultai to test that the rules count 145, but a question must not say so.
     */
    private static boolean statesTheTrueSize(Judgment j) {
        Action a = j.action();
        return j.reasons().stream().map(Reason::ground).filter(g -> g instanceof Ground.Size).map(Ground.Size.class::cast)
                .allMatch(size -> {
                    Tally vote = a.votes().get(size.body());
                    boolean voteTrue = vote == null || vote.of() == size.seats();
                    boolean initiativeTrue = a.initiative() == null || size.body() != a.actor() || a.initiative().of() == size.seats();
                    return voteTrue && initiativeTrue;
                });
    }

    /** Whether an undetermined answer is one the text gives (a provision leaves it open), not the model's silence or its dates. */
    private static boolean leftOpenByTheText(Judgment j) {
        return j.reasons().stream().noneMatch(r -> r.ground() instanceof Ground.Unspoken || r.ground() instanceof Ground.Outside)
                && j.decisiveReasons().stream().anyMatch(r -> r.citation().isPresent());
    }

    public Sheet make(QuestionPool pool, Request request, String title, String about) {
        Random random = new Random(request.seed());
        Map<Verdict, List<QuestionPool.Candidate>> sides = new EnumMap<>(Verdict.class);
        SIDES.forEach(v -> sides.put(v, new ArrayList<>()));
        for (QuestionPool.Candidate c : admitted(pool, request)) {
            Judgment j = engine.judge(c.action());
            if (statesTheTrueSize(j) && (j.verdict() != Verdict.UNDETERMINED || leftOpenByTheText(j))) {
                sides.get(j.verdict()).add(c);
            }
        }
        sides.values().forEach(side -> Collections.shuffle(side, random));
        // the three answers in turn, as many of each as the pool allows; within each, an actor and act
        // not yet asked about first, then a scenario not yet asked about, so that the sheet mixes
        // actors, acts and verdicts and spreads over as many scenarios as it can
        List<QuestionPool.Candidate> picked = new ArrayList<>();
        Set<String> scenarios = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        for (int turn = 0; picked.size() < request.count() && sides.values().stream().anyMatch(l -> !l.isEmpty()); turn++) {
            List<QuestionPool.Candidate> from = sides.get(SIDES.get(turn % SIDES.size()));
            if (from.isEmpty()) {
                continue;
            }
            QuestionPool.Candidate next = from.stream().filter(c -> !pairs.contains(pair(c)) && !scenarios.contains(c.scenario())).findFirst()
                    .or(() -> from.stream().filter(c -> !pairs.contains(pair(c))).findFirst())
                    .or(() -> from.stream().filter(c -> !scenarios.contains(c.scenario())).findFirst())
                    .orElse(from.get(0));
            from.remove(next);
            scenarios.add(next.scenario());
            pairs.add(pair(next));
            picked.add(next);
        }
        Collections.shuffle(picked, random);
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < picked.size(); i++) {
            questions.add(new Question("q" + (i + 1), picked.get(i).action()));
        }
        return new Sheet(title, about, questions);
    }

    private static String pair(QuestionPool.Candidate c) {
        return c.action().actor().label() + " " + c.action().act().label();
    }
}
