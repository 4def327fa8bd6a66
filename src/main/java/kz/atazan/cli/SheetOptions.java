package kz.atazan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.atazan.teaching.SheetMaker;
import kz.atazan.text.Words;
import picocli.CommandLine.Option;

/** What questions to draw, shared by 'exercises generate' and 'exercises practice'. */
final class SheetOptions {

    @Option(names = "--topic", paramLabel = "T",
            descriptionKey = "sheet.topic")
    String topic;

    @Option(names = "--from", paramLabel = "DATE", descriptionKey = "sheet.from")
    String from;

    @Option(names = "--to", paramLabel = "DATE", descriptionKey = "sheet.to")
    String to;

    @Option(names = "--seed", paramLabel = "S", descriptionKey = "sheet.seed")
    Long seed;

    @Option(names = "--scenarios", paramLabel = "PATH", descriptionKey = "sheet.scenarios")
    List<Path> scenarios;

    List<Path> scenarios() {
        return BundledScenarios.orDefault(scenarios);
    }

    /** The request, or null after adding a problem for each bad option. */
    SheetMaker.Request request(int count, long defaultSeed, List<String> problems, Words words) {
        if (count < 1) {
            problems.add(words.say("cli.count.at-least-one", "count", count));
        }
        LocalDate first = from == null ? null : DateOption.parse("--from", from, problems, words.language());
        LocalDate last = to == null ? null : DateOption.parse("--to", to, problems, words.language());
        if (first != null && last != null && last.isBefore(first)) {
            problems.add(words.say("cli.to-before-from", "to", last.toString(), "from", first.toString()));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new SheetMaker.Request(count, Optional.ofNullable(topic), Optional.ofNullable(first), Optional.ofNullable(last),
                seed == null ? defaultSeed : seed);
    }

    /** What the sheet holds, in a language: the count, the topic and dates drawn from (codes and ISO dates), the seed. */
    String about(int questions, long usedSeed, Words words) {
        return words.say("sheet.about", "n", questions, "topic", topic == null ? "-" : topic, "hasTopic", String.valueOf(topic != null),
                "from", from == null ? "-" : from.toString(), "to", to == null ? "-" : to.toString(),
                "dates", from != null && to != null ? "both" : from != null ? "from" : to != null ? "to" : "none", "seed", usedSeed);
    }
}
