package kz.atazan.teaching;

import java.util.List;
import java.util.Optional;
import kz.atazan.model.Judgment;
import kz.atazan.model.Verdict;

/** A sheet graded against the engine: each question, the answer given, the engine's, and feedback where wrong. */
public record Grading(List<Grading.Graded> graded) {

    /**
     * @param feedback the explanation of the engine's verdict, for an answer that is wrong or missing
     */
    public record Graded(Question question, Optional<Verdict> given, Judgment judgment, Optional<Explanation> feedback) {
        public boolean right() {
            return given.map(v -> v == judgment.verdict()).orElse(false);
        }
    }

    public Grading {
        graded = List.copyOf(graded);
    }

    public long right() {
        return graded.stream().filter(Graded::right).count();
    }

    public boolean allRight() {
        return right() == graded.size();
    }
}
