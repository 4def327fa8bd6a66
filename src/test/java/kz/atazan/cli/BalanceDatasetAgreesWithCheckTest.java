package kz.atazan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import kz.atazan.engine.Engine;
import kz.atazan.engine.RuleBase;
import kz.atazan.model.Action;
import kz.atazan.model.Language;
import kz.atazan.scenario.JsonReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The published dataset (docs/balance/balance.csv) says what `atazan check` says: every row that
 * names a question is put to `check` as a user would type it (its options parsed by the command
 * line, its answer rendered as check's JSON), on the first and on the last day of the row's period,
 * and the verdict and the rules cited must be the row's. A period boundary the dataset missed shows
 * as a disagreement on the last day.
 */
class BalanceDatasetAgreesWithCheckTest {

    private static final Path DATASET = Path.of("docs/balance/balance.csv");

    /** The command line is built once (building every command's model costs most); each parse starts afresh. */
    private static final CommandLine CLI = Main.commandLine(new ByteArrayInputStream(new byte[0]),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Clock.systemUTC(), Language.EN);

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Engine engine;

    @BeforeAll
    static void load() throws Exception {
        engine = new Engine(RuleBase.builtIn());
    }

    private record Row(int line, String from, String to, String actor, String act, String target, String circumstances, String verdict,
            String ruleIds) {

        Set<String> rules() {
            return ruleIds.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(ruleIds.split(" \\| ")));
        }
    }

    @Test
    void everyQuestionOfTheDatasetGetsCheckAnswerOnItsPeriodsFirstAndLastDay() throws Exception {
        List<Row> rows = questions();
        assertTrue(rows.size() > 400, () -> "the dataset's questions: " + rows.size());
        List<String> disagreements = new ArrayList<>();
        Set<String> asked = new LinkedHashSet<>();
        for (Row row : rows) {
            List<String> days = row.to().isEmpty() ? List.of(row.from()) : List.of(row.from(), row.to());
            for (String day : days) {
                String key = String.join(" ", row.actor(), row.act(), row.target(), row.circumstances(), day, row.verdict(), row.ruleIds());
                if (!asked.add(key)) {
                    continue;
                }
                JsonNode answer = check(row, day);
                String verdict = answer.get("verdict").asText();
                Set<String> cited = new TreeSet<>();
                answer.get("reasons").forEach(r -> {
                    if (r.hasNonNull("id")) {
                        cited.add(r.get("id").asText());
                    }
                });
                if (!verdict.equals(row.verdict()) || !cited.equals(row.rules())) {
                    disagreements.add("balance.csv:" + row.line() + " on " + day + ": the dataset says " + row.verdict() + " " + row.rules()
                            + ", check says " + verdict + " " + cited);
                }
            }
        }
        assertTrue(disagreements.isEmpty(), () -> disagreements.size() + " disagreements:\n" + String.join("\n", disagreements));
    }

    /** The question as check's options: --actor, --act, --target, one --circumstance each, --on and --format json. */
    private static JsonNode check(Row row, String day) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--actor", row.actor(), "--act", row.act(), "--target", row.target()));
        for (String c : row.circumstances().split(" ")) {
            if (!c.isBlank()) {
                args.addAll(List.of("--circumstance", c));
            }
        }
        args.addAll(List.of("--on", day, "--format", "json"));
        CommandLine.ParseResult parsed = CLI.parseArgs(args.toArray(String[]::new));
        CheckCommand command = (CheckCommand) parsed.subcommand().commandSpec().userObject();
        List<String> problems = new ArrayList<>();
        Optional<Action> action = command.stated(problems);
        assertTrue(action.isPresent(), () -> "balance.csv:" + row.line() + " is not a question check reads: " + problems);
        assertEquals(LocalDate.parse(day), action.get().date());
        return JSON.readTree(JsonReport.of(engine.judge(action.get()), Language.EN));
    }

    /** The rows that name a question (the organ counts name an organ and no act), with their line numbers. */
    private static List<Row> questions() throws Exception {
        CsvSchema header = CsvSchema.emptySchema().withHeader();
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class).with(header)
                .readValues(Files.readString(DATASET, StandardCharsets.UTF_8))) {
            int line = 1;
            while (it.hasNext()) {
                Map<String, String> r = it.next();
                line++;
                if (!r.get("act").isEmpty()) {
                    rows.add(new Row(line, r.get("period_from"), r.get("period_to"), r.get("actor"), r.get("act"), r.get("target"),
                            r.get("circumstances"), r.get("verdict"), r.get("rule_ids")));
                }
            }
        }
        return rows;
    }
}
