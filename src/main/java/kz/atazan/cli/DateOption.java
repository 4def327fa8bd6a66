package kz.atazan.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads the dates given on the command line, naming the option in what it reports. */
final class DateOption {

    private DateOption() {}

    /** The date, or null after adding a problem that names the option and the expected form. */
    static LocalDate parse(String option, String text, List<String> problems) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(option + ": '" + text + "' is not a valid date: expected YYYY-MM-DD, such as 2023-05-01");
            return null;
        }
    }
}
