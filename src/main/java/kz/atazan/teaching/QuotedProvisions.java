package kz.atazan.teaching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.atazan.model.Citation;

/** The provisions a page cites, each once, in the order of the text, to be quoted at its foot. */
final class QuotedProvisions {

    private final List<Citation> citations;

    QuotedProvisions(Iterable<Citation> cited) {
        Set<Citation> distinct = new LinkedHashSet<>();
        cited.forEach(distinct::add);
        List<Citation> sorted = new ArrayList<>(distinct);
        sorted.sort(Comparator.comparing((Citation c) -> c.edition().constitution()).thenComparing(Citation::provision)
                .thenComparing(c -> c.inForce().from()).thenComparing(Citation::id));
        this.citations = List.copyOf(sorted);
    }

    List<Citation> all() {
        return citations;
    }

    /** The anchor a page links a citation to. */
    String anchor(Citation c) {
        return "p" + (citations.indexOf(c) + 1);
    }
}
