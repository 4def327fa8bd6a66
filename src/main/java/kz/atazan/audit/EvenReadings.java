package kz.atazan.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Set;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import kz.atazan.engine.Conclusion;
import kz.atazan.engine.Outcomes;
import kz.atazan.model.Action;
import kz.atazan.model.Citation;
import kz.atazan.model.Constitution;
import kz.atazan.model.Denial;
import kz.atazan.model.Entity;
import kz.atazan.model.Period;
import kz.atazan.model.Seats;
import kz.atazan.model.Triple;

/**
 * One reading of a body's powers, applied evenly. Where the Constitution lists a body's powers and
 * closes the list ("иные полномочия, возложенные на Курултай Конституцией"), a power the list does
 * not give is one the body does not have: a rule closing the list (its id names it a
 * {@code closed-list}) denies the body every such action. A body whose list some rule closes must
 * then have no action left with no provision at all under that constitution, or it has been read
 * two ways, and is reported.
 *
 * <p>Only the actions the decision space holds are compared, each by the first of its combinations
 * there (the bare action, no condition stated, where the space holds it), on each of its dates in
 * the modelled days: "closed" is a {@link Denial} of a closing rule, "silent" is no
 * finding but the size of a body.
 */
public final class EvenReadings {

    /** The word in the id of a rule that closes a body's list of powers. */
    public static final String CLOSING = ".closed-list.";

    /**
     * A body whose actions under one constitution are answered both ways: the rules closing its
     * list, and its actions (bare, each on a day) left with no provision. Said by {@link VerificationText}.
     */
    public record Uneven(Entity body, Constitution constitution, List<Citation> closed, List<Action> silent) {}

    private EvenReadings() {}

    /** The bodies answered both ways, in the order of the vocabulary. */
    public static List<Uneven> of(DecisionSpace space, Period modelled) {
        // each triple by the first of its combinations in the space: an action the space holds only with
        // the votes or facts its rules read has no bare combination there to look up
        Map<Triple, Action> bare = new LinkedHashMap<>();
        for (Action a : space.actions()) {
            bare.putIfAbsent(Triple.of(a), a);
        }
        Map<Entity, Map<Constitution, Set<Citation>>> closed = new TreeMap<>();
        // most bare actions are silent on most dates: kept in the order met, and sorted only for
        // the bodies whose list is closed
        record Silent(Action bare, LocalDate date) {}
        Map<Entity, Map<Constitution, List<Silent>>> silent = new java.util.EnumMap<>(Entity.class);
        // the modelled dates, each with the constitution in force on it
        List<LocalDate> dates = new ArrayList<>();
        List<Constitution> constitutions = new ArrayList<>();
        for (LocalDate date : space.dates()) {
            Optional<Constitution> constitution = Constitution.on(date);
            if (constitution.isPresent() && modelled.contains(date)) {
                dates.add(date);
                constitutions.add(constitution.get());
            }
        }
        for (Action action : bare.values()) {
            Optional<Outcomes> outcomes = space.outcomesOf(action);
            if (outcomes.isEmpty()) {
                continue;
            }
            List<List<Conclusion>> byDate = outcomes.get().on(dates);
            for (int i = 0; i < dates.size(); i++) {
                LocalDate date = dates.get(i);
                Constitution constitution = constitutions.get(i);
                List<Conclusion> on = byDate.get(i);
                if (on.stream().allMatch(c -> c.finding() instanceof Seats)) {
                    silent.computeIfAbsent(action.actor(), b -> new java.util.EnumMap<>(Constitution.class))
                            .computeIfAbsent(constitution, c -> new ArrayList<>()).add(new Silent(action, date));
                }
                on.stream().filter(c -> c.finding() instanceof Denial && c.citation().id().contains(CLOSING))
                        .forEach(c -> add(closed, action.actor(), constitution, c.citation(), CLOSING_ORDER));
            }
        }
        List<Uneven> uneven = new ArrayList<>();
        closed.forEach((body, byConstitution) -> byConstitution.forEach((constitution, by) -> {
            Set<Action> quiet = new TreeSet<>(SILENT_ORDER);
            silent.getOrDefault(body, Map.of()).getOrDefault(constitution, List.of()).forEach(q -> quiet.add(Triple.of(q.bare()).on(q.date())));
            if (!quiet.isEmpty()) {
                uneven.add(new Uneven(body, constitution, List.copyOf(by), List.copyOf(quiet)));
            }
        }));
        uneven.sort(Comparator.comparing(Uneven::body).thenComparing(Uneven::constitution));
        return uneven;
    }

    private static final Comparator<Citation> CLOSING_ORDER = Comparator.comparing(Citation::provision).thenComparing(Citation::id);
    private static final Comparator<Action> SILENT_ORDER = Comparator.comparing((Action a) -> a.act().label())
            .thenComparing(a -> a.target().label()).thenComparing(Action::date);

    private static <T> void add(Map<Entity, Map<Constitution, Set<T>>> into, Entity body, Constitution constitution, T what,
            Comparator<T> order) {
        into.computeIfAbsent(body, b -> new TreeMap<>()).computeIfAbsent(constitution, c -> new TreeSet<>(order)).add(what);
    }
}
