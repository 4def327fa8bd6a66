package kz.atazan.teaching;

import kz.atazan.text.Words;
import kz.atazan.model.Language;
import java.util.ArrayList;
import java.util.List;

/** A graded sheet in a terminal: the score, the questions answered right, and each wrong one explained. */
public final class GradeText {

    private GradeText() {}

    public static List<String> lines(Grading grading) {
        List<String> lines = new ArrayList<>();
        long right = grading.right();
        int all = grading.graded().size();
        lines.add("score: " + right + "/" + all + " (" + Math.round(100.0 * right / Math.max(1, all)) + "%)");
        List<String> rightIds = grading.graded().stream().filter(Grading.Graded::right).map(g -> g.question().id()).toList();
        lines.add("right: " + (rightIds.isEmpty() ? "none" : String.join(", ", rightIds)));
        for (Grading.Graded g : grading.graded()) {
            if (!g.right()) {
                lines.add("");
                lines.addAll(feedback(g));
            }
        }
        return lines;
    }

    /** One wrong or missing answer: the question, the answer given, the engine's, and why. */
    static List<String> feedback(Grading.Graded g) {
        List<String> lines = new ArrayList<>();
        lines.add(g.question().id() + ": " + g.given().map(v -> "you answered " + v + ", but it is " + g.judgment().verdict())
                .orElse("no answer; it is " + g.judgment().verdict()));
        lines.add("  " + QuestionText.of(g.question().action()));
        lines.add("  " + QuestionText.fields(g.question().action()));
        g.feedback().ifPresent(e -> lines.addAll(ExplanationText.tree(e, "  ", Words.in(Language.EN))));
        return lines;
    }
}
