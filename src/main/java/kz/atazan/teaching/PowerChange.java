package kz.atazan.teaching;

import java.util.List;
import java.util.Optional;
import kz.atazan.model.Act;
import kz.atazan.model.Entity;

/**
 * How one power differs between two dates, and the amendment behind it.
 *
 * @param laws the laws that brought the difference about, named (see {@link Amendments})
 * @param reasonsBefore for a power gained, the provisions that withheld it on the first date (empty if none spoke)
 * @param reasonsAfter for a power lost, the provisions that withhold it on the second date (empty if none speaks)
 */
record PowerChange(Kind kind, Entity actor, Act act, Entity target, Optional<Power> before, Optional<Power> after, List<Cause> laws,
        String reasonsBefore, String reasonsAfter) {

    PowerChange {
        laws = List.copyOf(laws);
    }

    enum Kind {
        GAINED("gained"), LOST("lost"), CHANGED("new terms"), REWORDED("reworded");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    String key() {
        return actor.label() + " " + act.label() + " " + target.label();
    }
}
