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

@Command(name = "schema", mixinStandardHelpOptions = true)
final class SchemaCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "schema.out")
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
            main.streams().err().println("atazan schema: " + kz.atazan.text.Words.in(main.language()).say("cli.cannot-write", "file", out.toString(),
                    "reason", String.valueOf(e.getMessage())));
            return ExitCode.BAD_INPUT;
        }
    }
}
