package kz.atazan.model;

import java.time.LocalDate;
import java.util.Comparator;

/** An actor, an act and a target, without a date or conditions: what a rule speaks to, or a power names. */
public record Triple(Entity actor, Act act, Entity target) {

    /** In the order of the vocabulary: by actor, then act, then target. */
    public static final Comparator<Triple> ORDER =
            Comparator.comparing(Triple::actor).thenComparing(Triple::act).thenComparing(Triple::target);

    public static Triple of(Action action) {
        return new Triple(action.actor(), action.act(), action.target());
    }

    /** The bare action on a day: no conditions met, nothing known of the person. */
    public Action on(LocalDate day) {
        return Action.of(actor, act, target, day);
    }
}
