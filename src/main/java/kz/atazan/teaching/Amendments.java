package kz.atazan.teaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.atazan.model.Citation;
import kz.atazan.model.Edition;

/**
 * Which amendment brought about a difference between what the rules said on two dates: the law
 * that gave force to a wording that applies on the later date only, or, where a wording merely
 * stopped applying, the law that took effect the next day (or the end of its own window).
 */
final class Amendments {

    private Amendments() {}

    /** The edition that took effect on a day, if one did. */
    static Optional<Edition> effectiveOn(LocalDate day) {
        return Arrays.stream(Edition.values()).filter(e -> e.effective().equals(day)).findFirst();
    }

    /**
     * The laws behind the difference between two sets of citations (earlier, later), named: those
     * of the wordings that arrived, else of the days after those that departed.
     */
    static List<String> behind(Collection<Citation> earlier, Collection<Citation> later) {
        Set<String> arrived = new LinkedHashSet<>();
        later.stream().filter(c -> !earlier.contains(c)).sorted(Comparator.comparing(c -> c.inForce().from()))
                .forEach(c -> arrived.add(AmendingLaw.of(c.edition())
                        // a wording the sources show only from a later day than its law took effect
                        + (c.inForce().from().equals(c.edition().effective()) ? "" : " (this wording applies from " + c.inForce().from() + ")")));
        List<String> laws = new ArrayList<>(arrived);
        if (!laws.isEmpty()) {
            return laws;
        }
        earlier.stream().filter(c -> !later.contains(c)).sorted(Comparator.comparing(c -> c.inForce().to())).forEach(c -> {
            LocalDate next = c.inForce().to().plusDays(1);
            String law = effectiveOn(next).map(AmendingLaw::of)
                    .orElse("the end of " + c.reference() + "'s window on " + c.inForce().to() + " (" + AmendingLaw.of(c.edition()) + ")");
            if (!laws.contains(law)) {
                laws.add(law);
            }
        });
        return laws;
    }
}
