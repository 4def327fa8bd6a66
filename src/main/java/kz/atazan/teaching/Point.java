package kz.atazan.teaching;

import java.util.List;
import kz.atazan.model.Citation;
import kz.atazan.model.Effect;
import kz.atazan.model.Reason;

/**
 * One point of a justification: what the provisions cited decided (the reason they share, said in a
 * language when shown), and whether the verdict rests on it.
 */
record Point(Effect effect, Reason reason, boolean decisive, List<Citation> citations) {

    Point {
        citations = List.copyOf(citations);
    }
}
