package kz.atazan.model;

import java.util.List;

/** The answer to one action: the verdict and every reason behind it. */
public record Judgment(Action action, Verdict verdict, List<Reason> reasons) {

    public Judgment {
        reasons = List.copyOf(reasons);
    }

    /** Whether some reason cites this provision or one within it (scenario contract §1.3). */
    public boolean cites(Cite cite) {
        return reasons.stream()
                .flatMap(r -> r.citation().stream())
                .anyMatch(cite::isAnsweredBy);
    }

    public List<Reason> decisiveReasons() {
        return reasons.stream().filter(Reason::decisive).toList();
    }
}
