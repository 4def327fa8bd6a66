package kz.atazan.teaching;

import java.util.EnumSet;
import java.util.Set;
import kz.atazan.model.Effect;

/** The parts of a justification, in the order a law student reasons: power, conditions, bars, offices. */
enum Part {
    POWER("the power relied on", EnumSet.of(Effect.GRANTS, Effect.DENIES), true),
    CONDITIONS("conditions", EnumSet.of(Effect.CONDITION_MET, Effect.CONDITION_MISSING), true),
    PROHIBITIONS("prohibitions", EnumSet.of(Effect.PROHIBITS), true),
    OFFICES("offices and bodies on that date", EnumSet.of(Effect.OFFICE_ABSENT, Effect.COUNTS_SEATS), true),
    OPEN_QUESTIONS("questions the text leaves open", EnumSet.of(Effect.LEAVES_OPEN), false),
    NOT_MODELLED("outside what the rules model", EnumSet.of(Effect.NOT_MODELLED), false);

    private final String title;
    private final Set<Effect> effects;
    private final boolean alwaysShown;

    Part(String title, Set<Effect> effects, boolean alwaysShown) {
        this.title = title;
        this.effects = effects;
        this.alwaysShown = alwaysShown;
    }

    String title() {
        return title;
    }

    boolean holds(Effect effect) {
        return effects.contains(effect);
    }

    /** Whether the part is shown even when no reason falls in it (saying so is part of the answer). */
    boolean alwaysShown() {
        return alwaysShown;
    }
}
