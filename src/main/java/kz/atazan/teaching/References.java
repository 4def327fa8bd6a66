package kz.atazan.teaching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.atazan.model.Citation;
import kz.atazan.model.Constitution;
import kz.atazan.model.Provision;

/** Provisions listed as lawyers write them: "Art. 44(4), Art. 55(2), Constitution of 1995". */
final class References {

    private References() {}

    /** In the order of the text: the 1995 Constitution before 2026's, then by article, paragraph, sub-paragraph. */
    static List<Citation> inTextOrder(List<Citation> citations) {
        return citations.stream().sorted(java.util.Comparator.comparing((Citation c) -> c.edition().constitution())
                .thenComparing(Citation::provision).thenComparing(c -> c.inForce().from())).toList();
    }

    static String of(List<Citation> citations) {
        Map<Constitution, List<Provision>> by = new LinkedHashMap<>();
        for (Citation c : citations) {
            List<Provision> provisions = by.computeIfAbsent(c.edition().constitution(), k -> new ArrayList<>());
            if (!provisions.contains(c.provision())) {
                provisions.add(c.provision());
            }
        }
        List<String> groups = new ArrayList<>();
        by.forEach((constitution, provisions) -> groups.add(String.join(", ", provisions.stream().sorted().map(Provision::toString).toList())
                + ", " + constitution.properName()));
        return String.join("; ", groups);
    }
}
