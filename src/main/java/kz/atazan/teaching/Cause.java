package kz.atazan.teaching;

import java.time.LocalDate;
import java.util.Optional;
import kz.atazan.model.Citation;
import kz.atazan.model.Edition;
import kz.atazan.text.Words;

/**
 * An amendment behind a difference between two dates, as data: the law that gave a wording force
 * (and the day the wording applies from, where the sources show it only from a later day), or the
 * end of a wording's window that no law took effect to explain.
 */
record Cause(Edition edition, Optional<LocalDate> appliesFrom, Optional<Citation> windowEnded) {

    static Cause law(Edition edition) {
        return new Cause(edition, Optional.empty(), Optional.empty());
    }

    /** "the Law of 8 June 2022", "the Law of 8 June 2022 (this wording applies from ...)", "the end of the window of ...". */
    String say(Words words) {
        String law = words.amendment(edition);
        if (windowEnded.isPresent()) {
            Citation c = windowEnded.get();
            return words.say("cause.window-ended", "reference", words.messages().reference(c), "date", c.inForce().to(), "law", law);
        }
        return appliesFrom.map(day -> words.say("cause.applies-from", "law", law, "date", day)).orElse(law);
    }
}
