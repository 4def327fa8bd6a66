package kz.atazan.teaching;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.atazan.model.Judgment;
import kz.atazan.model.Period;
import kz.atazan.text.Words;

/**
 * What would make an unconstitutional action constitutional, each found by asking the engine:
 *
 * @param sameDay the fewest changes that do it on the action's own date (several if they tie); empty if none
 * @param otherDate the nearest stretch of days on which the action as given is constitutional, or
 *     failing that (and only when nothing works on the day) the nearest on which a few changes make it so
 * @param ended the first day of the run of days on which nothing makes it constitutional any more,
 *     when it could be done before the action's date but not on it or after: the power was abolished
 * @param none why nothing makes it constitutional on any date the rules model, when nothing does
 */
record SmallestChange(List<Remedy> sameDay, Optional<OtherDate> otherDate, Optional<LocalDate> ended, Optional<None> none) {

    /** Why no change makes it constitutional, from the first day the rules model. */
    record None(Why why, LocalDate from) {
        enum Why {
            /** Some provision grants the power on some day, but whatever is changed a provision stands against it. */
            BARRED,
            /** No provision modelled, on any day, gives the power. */
            NO_POWER
        }
    }

    SmallestChange {
        sameDay = List.copyOf(sameDay);
    }

    /** Days on which the action, as given or with {@code steps}, is constitutional; {@code earlier} if before the action's date. */
    record OtherDate(Period days, boolean earlier, List<Step> steps, Judgment judgment) {

        OtherDate {
            steps = List.copyOf(steps);
        }

        /** "act before 8 June 2022" or "act on or after 1 July 2026". */
        String when(Words words) {
            return earlier ? words.say("change.when.before", "date", days.to().plusDays(1))
                    : words.say("change.when.after", "date", days.from());
        }

        /** "from 23 March 2019 to 7 June 2022", "on 1 July 2026", or "from 1 July 2026". */
        String span(Words words) {
            return words.days("change.span", days);
        }
    }

    boolean exists() {
        return !sameDay.isEmpty() || otherDate.isPresent();
    }
}
