package kz.atazan.teaching;

import kz.atazan.text.Words;
import kz.atazan.model.Language;
import java.util.ArrayList;
import java.util.List;

/** A graded sheet in a terminal: the score, the questions answered right, and each wrong one explained. */
public final class GradeText {

    private GradeText() {}

    public static List<String> lines(Grading grading) {
        return lines(grading, Words.in(Language.EN));
    }

    public static List<String> lines(Grading grading, Words words) {
        List<String> lines = new ArrayList<>();
        long right = grading.right();
        int all = grading.graded().size();
        lines.add(words.say("grade.score", "right", right, "all", all, "percent", Math.round(100.0 * right / Math.max(1, all))));
        List<String> rightIds = grading.graded().stream().filter(Grading.Graded::right).map(g -> g.question().id()).toList();
        lines.add(rightIds.isEmpty() ? words.say("grade.right.none") : words.say("grade.right", "ids", String.join(", ", rightIds)));
        for (Grading.Graded g : grading.graded()) {
            if (!g.right()) {
                lines.add("");
                lines.addAll(feedback(g, words));
            }
        }
        return lines;
    }

    /** One wrong or missing answer: the question, the answer given, the engine's, and why. */
    static List<String> feedback(Grading.Graded g) {
        return feedback(g, Words.in(Language.EN));
    }

    public static List<String> feedback(Grading.Graded g, Words words) {
        List<String> lines = new ArrayList<>();
        String actual = words.verdict(g.judgment().verdict());
        lines.add(g.given().map(v -> words.say("grade.wrong", "id", g.question().id(), "given", words.verdict(v), "actual", actual))
                .orElse(words.say("grade.missing", "id", g.question().id(), "actual", actual)));
        lines.add("  " + QuestionText.of(g.question().action(), words));
        lines.add("  " + QuestionText.fields(g.question().action()));
        g.feedback().ifPresent(e -> lines.addAll(ExplanationText.tree(e, "  ", words)));
        return lines;
    }
}
