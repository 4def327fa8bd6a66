package kz.atazan.teaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import kz.atazan.engine.Engine;
import kz.atazan.model.Action;
import kz.atazan.model.Citation;
import kz.atazan.model.Period;
import kz.atazan.model.Verdict;

/**
 * One action across every day the rules model, cut into stretches on the days a wording starts or
 * ends: within a stretch the same rules are in force, so the verdict cannot change, and one
 * judgment answers for every day of it.
 */
record Timeline(List<Timeline.Stretch> stretches) {

    /** Days on which the same rules are in force, and the action as judged on them. */
    record Stretch(Period days, Evaluation evaluation) {

        Verdict verdict() {
            return evaluation.verdict();
        }

        /** How many days lie between the stretch and a date outside it (0 if inside). */
        long distanceTo(LocalDate date) {
            if (days.contains(date)) {
                return 0;
            }
            return date.isBefore(days.from()) ? days.from().toEpochDay() - date.toEpochDay() : date.toEpochDay() - days.to().toEpochDay();
        }
    }

    Timeline {
        stretches = List.copyOf(stretches);
    }

    static Timeline of(Engine engine, Action action) {
        List<Stretch> stretches = new ArrayList<>();
        List<LocalDate> starts = changeDays(engine, action);
        for (int i = 0; i < starts.size(); i++) {
            LocalDate from = starts.get(i);
            LocalDate to = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : LocalDate.MAX;
            if (i + 1 == starts.size() && !engine.catalogue().modelled().isOpen()) {
                break; // the day after the last modelled day starts no stretch
            }
            stretches.add(new Stretch(new Period(from, to), Evaluation.of(engine, action.on(from))));
        }
        return new Timeline(stretches);
    }

    /** Every day some rule's window starts, or the day after one ends, within the days the rules answer the action on. */
    static List<LocalDate> changeDays(Engine engine, Action action) {
        Period modelled = engine.catalogue().modelled(action);
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Citation c : engine.catalogue().citations()) {
            days.add(c.inForce().from());
            if (!c.inForce().isOpen()) {
                days.add(c.inForce().to().plusDays(1));
            }
        }
        return days.stream().filter(d -> !d.isBefore(modelled.from()) && (modelled.isOpen() || !d.isAfter(modelled.to().plusDays(1))))
                .toList();
    }

    Optional<Stretch> containing(LocalDate date) {
        return stretches.stream().filter(s -> s.days().contains(date)).findFirst();
    }

    /** The days strictly after {@code from} and up to {@code to} on which the verdict changes. */
    List<Stretch> verdictChangesBetween(LocalDate from, LocalDate to) {
        List<Stretch> changes = new ArrayList<>();
        for (int i = 1; i < stretches.size(); i++) {
            Stretch s = stretches.get(i);
            if (s.days().from().isAfter(from) && !s.days().from().isAfter(to) && s.verdict() != stretches.get(i - 1).verdict()) {
                changes.add(s);
            }
        }
        return changes;
    }

    /**
     * The stretch from which the aspect has stood as on {@code to}, if it starts after {@code from}:
     * the change that made the difference between the two dates, not a later one that kept it.
     * Empty if either date is not a modelled day, or the aspect stood so already on {@code from}.
     */
    Optional<Stretch> sinceWhenAsOn(LocalDate from, LocalDate to, Function<Stretch, ?> aspect) {
        Optional<Stretch> last = containing(to);
        if (last.isEmpty() || containing(from).isEmpty()) {
            return Optional.empty();
        }
        Object now = aspect.apply(last.get());
        int i = stretches.indexOf(last.get());
        while (i > 0 && stretches.get(i).days().from().isAfter(from) && aspect.apply(stretches.get(i - 1)).equals(now)) {
            i--;
        }
        Stretch since = stretches.get(i);
        return since.days().from().isAfter(from) ? Optional.of(since) : Optional.empty();
    }

    /** The stretch just before one (which is never the first of the timeline). */
    Stretch before(Stretch stretch) {
        return stretches.get(stretches.indexOf(stretch) - 1);
    }

    /** The run of neighbouring stretches with the same verdict as the one given: the days it holds on. */
    Period runOf(Stretch stretch) {
        int i = stretches.indexOf(stretch);
        int first = i;
        int last = i;
        while (first > 0 && stretches.get(first - 1).verdict() == stretch.verdict()) {
            first--;
        }
        while (last + 1 < stretches.size() && stretches.get(last + 1).verdict() == stretch.verdict()) {
            last++;
        }
        return new Period(stretches.get(first).days().from(), stretches.get(last).days().to());
    }
}
