package kz.atazan.engine;

import java.util.List;
import kz.atazan.model.Citation;
import kz.atazan.model.Finding;

/** One firing of one rule: its citation and the findings it inserted, in the order it inserted them. */
public record Fired(Citation citation, List<Finding> findings) {

    public Fired {
        findings = List.copyOf(findings);
    }

    /**
     * Firings in the order of their rules' ids (a rule fired twice keeps its two in order): the
     * order in which a session fired them depends on what else it held, and a judgment should not.
     */
    public static List<Fired> inOrder(List<Fired> fired) {
        return fired.stream().sorted(java.util.Comparator.comparing(Fired::rule)).toList();
    }

    /** The rule's id. */
    public String rule() {
        return citation.id();
    }
}
