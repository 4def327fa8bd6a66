package kz.atazan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.atazan.teaching.SheetMaker;
import picocli.CommandLine.Option;

/** What questions to draw, shared by 'exercises generate' and 'exercises practice'. */
final class SheetOptions {

    @Option(names = "--topic", paramLabel = "T",
            description = "A scenario folder (president, senate, contrasts, ...), an act (appoint) or an actor or target (akim-of-district).")
    String topic;

    @Option(names = "--from", paramLabel = "DATE", description = "Only actions on or after this date.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only actions on or before this date.")
    String to;

    @Option(names = "--seed", paramLabel = "S", description = "The seed that fixes the questions and their order (default: a new one each time, printed).")
    Long seed;

    @Option(names = "--scenarios", paramLabel = "PATH",
            description = "Where the actions are drawn from (default: the folder scenarios if there is one here, else the scenarios built into Atazan).")
    List<Path> scenarios;

    /** The paths given, or the folder scenarios of the working folder, or failing it the scenarios inside the jar. */
    List<Path> scenarios() {
        if (scenarios != null) {
            return scenarios;
        }
        Path here = Path.of("scenarios");
        return List.of(Files.isDirectory(here) ? here : BundledScenarios.root().orElse(here));
    }

    /** The request, or null after adding a problem for each bad option. */
    SheetMaker.Request request(int count, long defaultSeed, List<String> problems) {
        if (count < 1) {
            problems.add("--count: must be at least 1, but is " + count);
        }
        LocalDate first = from == null ? null : DateOption.parse("--from", from, problems);
        LocalDate last = to == null ? null : DateOption.parse("--to", to, problems);
        if (first != null && last != null && last.isBefore(first)) {
            problems.add("--to: " + last + " is before --from " + first);
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new SheetMaker.Request(count, Optional.ofNullable(topic), Optional.ofNullable(first), Optional.ofNullable(last),
                seed == null ? defaultSeed : seed);
    }

    /** "10 questions on president, from 2021-01-01 to 2024-12-31; seed 7", in English. */
    String about(int questions, long usedSeed) {
        return about(questions, usedSeed, kz.atazan.text.Words.in(kz.atazan.model.Language.EN));
    }

    /** What the sheet holds, in a language: the count, the topic and dates drawn from (codes and ISO dates), the seed. */
    String about(int questions, long usedSeed, kz.atazan.text.Words words) {
        return words.say("sheet.about", "n", questions, "topic", topic == null ? "-" : topic, "hasTopic", String.valueOf(topic != null),
                "from", from == null ? "-" : from.toString(), "to", to == null ? "-" : to.toString(),
                "dates", from != null && to != null ? "both" : from != null ? "from" : to != null ? "to" : "none", "seed", usedSeed);
    }
}
