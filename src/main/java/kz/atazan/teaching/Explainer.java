package kz.atazan.teaching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.atazan.engine.Engine;
import kz.atazan.model.Action;
import kz.atazan.model.Citation;
import kz.atazan.model.Ground;
import kz.atazan.model.Judgment;
import kz.atazan.model.Reason;
import kz.atazan.model.Verdict;

/** Turns the engine's answer to an action into an {@link Explanation}. */
public final class Explainer {

    private final Engine engine;
    private final SmallestChangeSearch search;

    public Explainer(Engine engine) {
        this.engine = engine;
        this.search = new SmallestChangeSearch(engine);
    }

    public Explanation explain(Action action) {
        Evaluation evaluation = Evaluation.of(engine, action);
        Optional<SmallestChange> change = evaluation.verdict() == Verdict.UNCONSTITUTIONAL
                ? Optional.of(search.find(evaluation))
                : Optional.empty();
        return new Explanation(evaluation.judgment(), branches(evaluation.judgment()), change);
    }

    /**
     * The reasons sorted into the parts of the justification; reasons saying the same thing share a
     * point: the same effect on the same ground (a condition met or missing, whoever attaches it),
     * or, for a rule's own conclusion, the same summary.
     */
    static List<Branch> branches(Judgment judgment) {
        List<Branch> branches = new ArrayList<>();
        for (Part part : Part.values()) {
            Map<List<Object>, List<Reason>> same = new LinkedHashMap<>();
            for (Reason r : judgment.reasons()) {
                if (part.holds(r.effect())) {
                    Object said = r.ground() instanceof Ground.Tested || r.citation().isEmpty() ? r.ground() : List.of(r.ground(),
                            r.citation().get().summaries());
                    same.computeIfAbsent(List.of(r.effect(), said), k -> new ArrayList<>()).add(r);
                }
            }
            List<Point> points = new ArrayList<>();
            for (List<Reason> reasons : same.values()) {
                Reason first = reasons.get(0);
                List<Citation> citations = reasons.stream().flatMap(r -> r.citation().stream()).distinct().toList();
                points.add(new Point(first.effect(), first, reasons.stream().anyMatch(Reason::decisive), citations));
            }
            if (!points.isEmpty() || part.alwaysShown()) {
                branches.add(new Branch(part, points));
            }
        }
        return branches;
    }
}
