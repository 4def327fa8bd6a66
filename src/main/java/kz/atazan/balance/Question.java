package kz.atazan.balance;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.atazan.model.Act;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Entity;

/**
 * One question a scale item puts to the engine: may the actor do the act to the target (in these
 * circumstances)? The same question is asked on every period's first day.
 */
public record Question(Entity actor, Act act, Entity target, Set<Circumstance> circumstances) {

    public Question {
        circumstances = circumstances.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(circumstances));
    }

    public static Question of(Entity actor, Act act, Entity target) {
        return new Question(actor, act, target, Set.of());
    }

    public Question in(Circumstance circumstance) {
        Set<Circumstance> more = EnumSet.of(circumstance);
        more.addAll(circumstances);
        return new Question(actor, act, target, more);
    }

    /** The circumstances in the vocabulary's names, in the enum's order: "martial-law state-of-emergency". */
    public String circumstanceLabels() {
        return circumstances.stream().sorted().map(Circumstance::label).collect(Collectors.joining(" "));
    }

    /** "president return-law law", with "(in martial-law)" when circumstances are set: the words of `atazan check`. */
    public String label() {
        String base = actor.label() + " " + act.label() + " " + target.label();
        return circumstances.isEmpty() ? base : base + " (in " + circumstanceLabels() + ")";
    }

    /** The same act of every actor in turn: the legislature's no-confidence, override or dissolution. */
    static List<Question> each(List<Entity> actors, Act act, Entity target) {
        return actors.stream().map(a -> of(a, act, target)).toList();
    }
}
