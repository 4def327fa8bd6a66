package kz.atazan.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.atazan.audit.DecisionSpace;
import kz.atazan.engine.Engine;
import kz.atazan.model.Act;
import kz.atazan.model.Entity;
import kz.atazan.model.NameList;
import kz.atazan.model.Triple;

/**
 * The actors, acts and targets some rule speaks to, in the combinations it speaks to them: what
 * the Ask form offers. Choosing one narrows the other two to the combinations that remain.
 */
final class Choices {

    private final List<Triple> triples;
    private final boolean surveyed;

    Choices(List<Triple> triples) {
        this(triples, true);
    }

    private Choices(List<Triple> triples, boolean surveyed) {
        this.triples = List.copyOf(triples);
        this.surveyed = surveyed;
    }

    /** While the rules are being surveyed: every name each list admits, not narrowed. */
    static Choices unsurveyed() {
        return new Choices(List.of(), false);
    }

    /** Whether the choices narrow each other (false while the survey runs). */
    boolean surveyed() {
        return surveyed;
    }

    /** The combinations the rules speak to (read from the build's survey of the built-in rules, else surveyed now: a second or two). */
    static Choices of(Engine engine) {
        return new Choices(DecisionSpace.spokenTo(engine).stream().map(Triple::of).sorted(Triple.ORDER).toList());
    }

    /** The combinations the build surveyed from the rules compiled into it (in {@link Triple#ORDER}, as it writes them), without loading those rules; empty if it did not survey them. */
    static java.util.Optional<Choices> builtIn() {
        return DecisionSpace.builtInTriplesSpokenTo().map(Choices::new);
    }

    List<Triple> all() {
        return triples;
    }

    /** The actors left once the act and target chosen (each may be null) are fixed. */
    List<Entity> actors(Act act, Entity target) {
        if (!surveyed) {
            return NameList.ACTORS.members().stream().map(Entity.class::cast).toList();
        }
        Set<Entity> actors = new LinkedHashSet<>();
        triples.stream().filter(t -> (act == null || t.act() == act) && (target == null || t.target() == target)).forEach(t -> actors.add(t.actor()));
        return sorted(actors);
    }

    List<Act> acts(Entity actor, Entity target) {
        if (!surveyed) {
            return List.of(Act.values());
        }
        Set<Act> acts = new LinkedHashSet<>();
        triples.stream().filter(t -> (actor == null || t.actor() == actor) && (target == null || t.target() == target)).forEach(t -> acts.add(t.act()));
        return sorted(acts);
    }

    List<Entity> targets(Entity actor, Act act) {
        if (!surveyed) {
            return List.of(Entity.values());
        }
        Set<Entity> targets = new LinkedHashSet<>();
        triples.stream().filter(t -> (actor == null || t.actor() == actor) && (act == null || t.act() == act)).forEach(t -> targets.add(t.target()));
        return sorted(targets);
    }

    /** Whether some rule speaks to this combination. */
    boolean spokenTo(Entity actor, Act act, Entity target) {
        return triples.contains(new Triple(actor, act, target));
    }

    private static <T extends Comparable<T>> List<T> sorted(Set<T> values) {
        List<T> list = new ArrayList<>(values);
        list.sort(Comparator.naturalOrder());
        return list;
    }
}
