package kz.atazan.teaching;

import java.util.List;
import java.util.Optional;
import kz.atazan.model.Act;
import kz.atazan.model.Entity;
import kz.atazan.model.Language;
import kz.atazan.model.Reason;
import kz.atazan.text.Words;

/**
 * How one power differs between two dates, and the amendment behind it.
 *
 * @param laws the laws that brought the difference about, named (see {@link Amendments})
 * @param againstBefore for a power gained, the reasons that withheld it on the first date (those that defeat it)
 * @param againstAfter for a power lost, the reasons that withhold it on the second date
 */
record PowerChange(Kind kind, Entity actor, Act act, Entity target, Optional<Power> before, Optional<Power> after, List<Cause> laws,
        List<Reason> againstBefore, List<Reason> againstAfter) {

    PowerChange {
        laws = List.copyOf(laws);
        againstBefore = List.copyOf(againstBefore);
        againstAfter = List.copyOf(againstAfter);
    }

    /** For a power gained, what withheld it on the first date, in English ("" if nothing spoke). */
    String reasonsBefore() {
        return PowerTerms.against(againstBefore, Words.in(Language.EN));
    }

    /** For a power lost, what withholds it on the second date, in English ("" if nothing speaks). */
    String reasonsAfter() {
        return PowerTerms.against(againstAfter, Words.in(Language.EN));
    }

    enum Kind {
        GAINED, LOST, CHANGED, REWORDED;

        /** The kind in words: powers.kind.gained, ... */
        String label(Words words) {
            return words.say("powers.kind." + name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    String key() {
        return actor.label() + " " + act.label() + " " + target.label();
    }
}
