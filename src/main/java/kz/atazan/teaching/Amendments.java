package kz.atazan.teaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
     * The laws behind the difference between two sets of citations (earlier, later): those of the
     * wordings that arrived, else of the days after those that departed.
     */
    static List<Cause> behind(Collection<Citation> earlier, Collection<Citation> later) {
        List<Cause> arrived = new ArrayList<>();
        later.stream().filter(c -> !earlier.contains(c)).sorted(Comparator.comparing(c -> c.inForce().from())).forEach(c -> {
            // a wording the sources show only from a later day than its law took effect
            Cause cause = new Cause(c.edition(), c.inForce().from().equals(c.edition().effective()) ? Optional.empty()
                    : Optional.of(c.inForce().from()), Optional.empty());
            if (!arrived.contains(cause)) {
                arrived.add(cause);
            }
        });
        if (!arrived.isEmpty()) {
            return arrived;
        }
        List<Cause> laws = new ArrayList<>();
        earlier.stream().filter(c -> !later.contains(c)).sorted(Comparator.comparing(c -> c.inForce().to())).forEach(c -> {
            LocalDate next = c.inForce().to().plusDays(1);
            Cause law = effectiveOn(next).map(Cause::law).orElse(new Cause(c.edition(), Optional.empty(), Optional.of(c)));
            if (!laws.contains(law)) {
                laws.add(law);
            }
        });
        return laws;
    }

    /**
     * The laws behind a difference that arose on one day: those of the wordings that took effect that
     * day, else of the day after those that ended the day before. A provision in force all along that
     * is cited only from that day on (a grant whose other conditions now hold) is no amendment of
     * that day; only where neither is found is every wording that arrived or departed counted.
     */
    static List<Cause> on(LocalDate day, Collection<Citation> earlier, Collection<Citation> later) {
        List<Citation> began = later.stream().filter(c -> !earlier.contains(c) && c.inForce().from().equals(day)).toList();
        if (!began.isEmpty()) {
            return behind(List.of(), began);
        }
        List<Citation> ended = earlier.stream().filter(c -> !later.contains(c) && !c.inForce().isOpen() && c.inForce().to().plusDays(1).equals(day)).toList();
        return ended.isEmpty() ? behind(earlier, later) : behind(ended, List.of());
    }

    /** The causes said and joined: "the Law of 8 June 2022; Law No. 142-VII of 17 September 2022". */
    static String say(List<Cause> causes, kz.atazan.text.Words words) {
        return String.join("; ", causes.stream().map(c -> c.say(words)).toList());
    }
}
