package kz.atazan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.atazan.scenario.ScenarioSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Write the JSON Schema (draft-07) of scenario files: every field and every name with its meaning, and the"
            + " limits, for editors that complete and check YAML. The project's copy is " + ScenarioSchema.PATH
            + "; a scenario file names it in its first line: '" + ScenarioSchema.MODELINE_PREFIX + "../../" + ScenarioSchema.PATH + "'.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:the file could not be written"})
final class SchemaCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the schema to FILE instead of standard output.")
    Path out;

    @Override
    public Integer call() {
        String schema = ScenarioSchema.text();
        if (out == null) {
            main.streams().out().print(schema);
            return ExitCode.OK;
        }
        try {
            Files.writeString(out, schema, StandardCharsets.UTF_8);
            return ExitCode.OK;
        } catch (IOException e) {
            main.streams().err().println("atazan schema: cannot write " + out + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }
}
