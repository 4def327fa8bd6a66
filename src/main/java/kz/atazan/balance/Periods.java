package kz.atazan.balance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import kz.atazan.engine.RuleCatalogue;
import kz.atazan.model.Citation;
import kz.atazan.model.Period;

/**
 * The stretches of days on which the same rules are in force: cut on every day a rule's window
 * starts or the day after one ends. Within a period no answer can change, so its first day answers
 * for all of it.
 */
final class Periods {

    private Periods() {}

    static List<Period> of(RuleCatalogue catalogue) {
        Period modelled = catalogue.modelled();
        TreeSet<LocalDate> starts = new TreeSet<>();
        starts.add(modelled.from());
        for (Citation c : catalogue.citations()) {
            starts.add(c.inForce().from());
            if (!c.inForce().isOpen()) {
                starts.add(c.inForce().to().plusDays(1));
            }
        }
        starts.removeIf(d -> d.isBefore(modelled.from()) || modelled.isOpen() == false && d.isAfter(modelled.to()));
        List<LocalDate> days = new ArrayList<>(starts);
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate end = i + 1 < days.size() ? days.get(i + 1).minusDays(1) : modelled.to();
            periods.add(new Period(days.get(i), end));
        }
        return periods;
    }

    /** The periods that share a day with [from, to]. */
    static List<Period> between(RuleCatalogue catalogue, LocalDate from, LocalDate to) {
        Period wanted = new Period(from, to);
        return of(catalogue).stream().filter(p -> p.overlaps(wanted)).toList();
    }
}
