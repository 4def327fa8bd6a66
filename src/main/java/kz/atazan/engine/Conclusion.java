package kz.atazan.engine;

import java.util.ArrayList;
import java.util.List;
import kz.atazan.model.Citation;
import kz.atazan.model.Finding;

/** What one rule concluded about an action, with the rule's citation. */
public record Conclusion(Citation citation, Finding finding) {

    /** Each finding of each firing, with its rule's citation, in firing order. */
    public static List<Conclusion> of(List<Fired> fired) {
        List<Conclusion> conclusions = new ArrayList<>();
        for (Fired f : fired) {
            for (Finding finding : f.findings()) {
                conclusions.add(new Conclusion(f.citation(), finding));
            }
        }
        return conclusions;
    }
}
