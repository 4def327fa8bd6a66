package kz.atazan.scenario;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people write them, in scenario files and on the command line: ISO {@code 2023-05-01}
 * or {@code 01.05.2023} (day.month.year, as in Kazakhstan and Russia), from
 * {@link InputLimits#FIRST_DAY} to {@link InputLimits#LAST_DAY}. A day that does not exist is
 * named: "2024 has no 30 February".
 */
public final class Dates {

    private static final Pattern ISO = Pattern.compile("([+-]?\\d+)-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.([+-]?\\d+)");

    private Dates() {}

    /** The date, or what is wrong with it. */
    public record Reading(Optional<LocalDate> date, kz.atazan.text.Sentence problem) {}

    public static Reading parse(String written) {
        String text = written.strip();
        Matcher iso = ISO.matcher(text);
        Matcher dotted = DOTTED.matcher(text);
        String year;
        String month;
        String day;
        if (iso.matches()) {
            year = iso.group(1);
            month = iso.group(2);
            day = iso.group(3);
        } else if (dotted.matches()) {
            day = dotted.group(1);
            month = dotted.group(2);
            year = dotted.group(3);
        } else {
            return failed(InputMessages.notADate(written));
        }
        long y;
        try {
            y = Long.parseLong(year);
        } catch (NumberFormatException e) {
            return failed(InputMessages.dateOutOfRange(written));
        }
        if (y < InputLimits.FIRST_DAY.getYear() || y > InputLimits.LAST_DAY.getYear()) {
            return failed(InputMessages.dateOutOfRange(written));
        }
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        if (m < 1 || m > 12) {
            return failed(InputMessages.noSuchMonth(written, m));
        }
        Month named = Month.of(m);
        if (d < 1 || d > named.length(Year.isLeap(y))) {
            return failed(InputMessages.noSuchDay(written, (int) y, d, named));
        }
        return new Reading(Optional.of(LocalDate.of((int) y, m, d)), null);
    }

    private static Reading failed(kz.atazan.text.Sentence problem) {
        return new Reading(Optional.empty(), problem);
    }
}
