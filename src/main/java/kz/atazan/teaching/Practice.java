package kz.atazan.teaching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import kz.atazan.model.Verdict;
import kz.atazan.scenario.Vocabulary;
import kz.atazan.model.Language;
import kz.atazan.text.Words;

/**
 * Questions asked one by one in a terminal: the student types a verdict (or c, u, d), hears at once
 * whether it is right, with the explanation when it is not; q, or the end of input, stops.
 */
public final class Practice {

    private final Grader grader;
    private final BufferedReader in;
    private final PrintStream out;
    private final Words words;

    public Practice(Grader grader, BufferedReader in, PrintStream out) {
        this(grader, in, out, Words.in(Language.EN));
    }

    public Practice(Grader grader, BufferedReader in, PrintStream out, Words words) {
        this.grader = grader;
        this.in = in;
        this.out = out;
        this.words = words;
    }

    /** Asks every question of the sheet until the student stops; returns the score. */
    public Grading run(Sheet sheet) {
        java.util.List<Grading.Graded> answered = new java.util.ArrayList<>();
        out.println(words.say("practice.start", "title", sheet.title(), "n", sheet.questions().size()));
        out.println(QuestionText.defaults(words));
        questions:
        for (Question q : sheet.questions()) {
            out.println();
            out.println(q.id() + ". " + QuestionText.of(q.action(), words));
            out.println("   " + QuestionText.fields(q.action()));
            while (true) {
                out.print(words.say("practice.prompt") + " ");
                out.flush();
                String line = readLine();
                if (line == null || line.trim().equalsIgnoreCase("q")) {
                    out.println();
                    break questions;
                }
                if (line.isBlank()) {
                    continue;
                }
                Vocabulary.Lookup<Verdict> verdict = VerdictAnswer.parse(line);
                if (verdict.value().isEmpty()) {
                    out.println(verdict.problem().in(words.language()));
                    continue;
                }
                Grading.Graded g = grader.grade(q, verdict.value());
                answered.add(g);
                if (g.right()) {
                    out.println(words.say("practice.right", "verdict", words.verdict(g.judgment().verdict()),
                            "provisions", words.references(Comparison.decisive(g.judgment()))));
                } else {
                    GradeText.feedback(g, words).forEach(out::println);
                }
                break;
            }
        }
        Grading grading = new Grading(answered);
        out.println();
        out.println(words.say("practice.score", "right", grading.right(), "all", answered.size()));
        return grading;
    }

    private String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
