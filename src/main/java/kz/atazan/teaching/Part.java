package kz.atazan.teaching;

import java.util.EnumSet;
import java.util.Set;
import kz.atazan.model.Action;
import kz.atazan.model.Effect;
import kz.atazan.text.Words;

/** The parts of a justification, in the order a law student reasons: power, conditions, bars, offices. */
enum Part {
    POWER(EnumSet.of(Effect.GRANTS, Effect.DENIES), true),
    CONDITIONS(EnumSet.of(Effect.CONDITION_MET, Effect.CONDITION_MISSING), true),
    PROHIBITIONS(EnumSet.of(Effect.PROHIBITS), true),
    OFFICES(EnumSet.of(Effect.OFFICE_ABSENT, Effect.COUNTS_SEATS), true),
    OPEN_QUESTIONS(EnumSet.of(Effect.LEAVES_OPEN), false),
    NOT_MODELLED(EnumSet.of(Effect.NOT_MODELLED), false);

    private final Set<Effect> effects;
    private final boolean alwaysShown;

    Part(Set<Effect> effects, boolean alwaysShown) {
        this.effects = effects;
        this.alwaysShown = alwaysShown;
    }

    /** The part's code in JSON and the key of its messages: {@code open-questions}. */
    String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** "the power relied on", in a language. */
    String title(Words words) {
        return words.say("part." + code());
    }

    /** What it means that the part has no point: "no prohibition in force applies to it". */
    String none(Words words, Action a) {
        return words.say("part.none." + code(), "date", a.date(), "actor", a.actor(), "target", a.target());
    }

    boolean holds(Effect effect) {
        return effects.contains(effect);
    }

    /** Whether the part is shown even when no reason falls in it (saying so is part of the answer). */
    boolean alwaysShown() {
        return alwaysShown;
    }
}
