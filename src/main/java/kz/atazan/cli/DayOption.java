package kz.atazan.cli;

import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --on DATE} of a command that answers for one day, today when it is left out. */
final class DayOption {

    @Option(names = "--on", paramLabel = "DATE", descriptionKey = "option.on")
    String on;

    /** The day asked about; a malformed date is added to {@code problems}. */
    LocalDate day(LocalDate today, List<String> problems, kz.atazan.model.Language language) {
        return on == null ? today : DateOption.parse("--on", on, problems, language);
    }
}
