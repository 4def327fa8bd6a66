package kz.atazan.cli;

import java.time.LocalDate;
import java.util.List;
import kz.atazan.scenario.Dates;

/** Reads the dates given on the command line as scenario files do ({@link Dates}), naming the option in what it reports. */
final class DateOption {

    private DateOption() {}

    /** The date, or null after adding a problem that names the option and what is wrong. */
    static LocalDate parse(String option, String text, List<String> problems, kz.atazan.model.Language language) {
        Dates.Reading reading = Dates.parse(text);
        if (reading.date().isEmpty()) {
            problems.add(kz.atazan.scenario.InputMessages.atOption(option, reading.problem()).in(language));
        }
        return reading.date().orElse(null);
    }
}
