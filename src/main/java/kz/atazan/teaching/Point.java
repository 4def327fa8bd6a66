package kz.atazan.teaching;

import java.util.List;
import kz.atazan.model.Citation;
import kz.atazan.model.Effect;

/** One point of a justification: what the provisions cited decided, and whether the verdict rests on it. */
record Point(Effect effect, String text, boolean decisive, List<Citation> citations) {

    Point {
        citations = List.copyOf(citations);
    }
}
