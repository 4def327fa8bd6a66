package kz.atazan.teaching;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.atazan.model.Judgment;
import kz.atazan.model.Period;

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
record SmallestChange(List<Remedy> sameDay, Optional<OtherDate> otherDate, Optional<LocalDate> ended, Optional<String> none) {

    SmallestChange {
        sameDay = List.copyOf(sameDay);
    }

    /** Days on which the action, as given or with {@code steps}, is constitutional; {@code earlier} if before the action's date. */
    record OtherDate(Period days, boolean earlier, List<Step> steps, Judgment judgment) {

        OtherDate {
            steps = List.copyOf(steps);
        }

        /** "act before 2022-06-08" or "act on or after 2026-07-01". */
        String when() {
            if (earlier) {
                return "act before " + days.to().plusDays(1);
            }
            return "act on or after " + days.from();
        }

        /** "from 2019-03-23 to 2022-06-07", or "from 2026-07-01". */
        String span() {
            return days.isOpen() ? "from " + days.from() : "from " + days.from() + " to " + days.to();
        }
    }

    boolean exists() {
        return !sameDay.isEmpty() || otherDate.isPresent();
    }
}
