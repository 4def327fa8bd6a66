package kz.atazan.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.atazan.model.Citation;
import kz.atazan.scenario.CheckResult;
import kz.atazan.scenario.RunResult;
import kz.atazan.model.Edition;
import kz.atazan.model.Provision;
import kz.atazan.model.Reason;
import kz.atazan.model.Verdict;

/**
 * Which provisions the scenarios exercise: for each provision and wording, how many checks it
 * decides, by outcome, and which rules no check fires at all.
 */
public record Coverage(List<Row> rows, List<Citation> unfired) {

    /** One wording of one provision: its rules, and the checks whose verdict it decided, by outcome. */
    public record Row(Provision provision, Edition edition, int rules, Map<Verdict, Integer> decisive, int alsoConsidered) {
        public int decisive(Verdict verdict) {
            return decisive.getOrDefault(verdict, 0);
        }
    }

    public static Coverage of(Collection<Citation> rules, RunResult run) {
        Map<Key, Row> rows = new LinkedHashMap<>();
        for (Citation c : rules) {
            rows.merge(Key.of(c), new Row(c.provision(), c.edition(), 1, new EnumMap<>(Verdict.class), 0),
                    (a, b) -> new Row(a.provision(), a.edition(), a.rules() + 1, a.decisive(), 0));
        }
        Map<Key, Map<Verdict, Integer>> decisive = new LinkedHashMap<>();
        Map<Key, Integer> considered = new LinkedHashMap<>();
        Set<Citation> fired = new HashSet<>();
        for (CheckResult result : run.results()) {
            Set<Key> decidedBy = new HashSet<>();
            Set<Key> consideredBy = new HashSet<>();
            for (Reason reason : result.judgment().reasons()) {
                reason.citation().ifPresent(c -> {
                    fired.add(c);
                    (reason.decisive() ? decidedBy : consideredBy).add(Key.of(c));
                });
            }
            for (Key key : decidedBy) {
                decisive.computeIfAbsent(key, k -> new EnumMap<>(Verdict.class)).merge(result.judgment().verdict(), 1, Integer::sum);
            }
            consideredBy.removeAll(decidedBy);
            consideredBy.forEach(key -> considered.merge(key, 1, Integer::sum));
        }
        List<Row> table = new ArrayList<>();
        rows.forEach((key, row) -> table.add(new Row(row.provision(), row.edition(), row.rules(),
                decisive.getOrDefault(key, Map.of()), considered.getOrDefault(key, 0))));
        table.sort(Comparator.comparing(Row::provision).thenComparing(r -> r.edition().effective()));
        List<Citation> unfired = rules.stream().filter(c -> !fired.contains(c))
                .sorted(Comparator.comparing(Citation::provision).thenComparing(Citation::id)).toList();
        return new Coverage(table, unfired);
    }

    private record Key(Provision provision, Edition edition) {
        static Key of(Citation c) {
            return new Key(c.provision(), c.edition());
        }
    }
}
