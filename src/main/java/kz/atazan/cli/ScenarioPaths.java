package kz.atazan.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The scenario files or folders a command works on. */
final class ScenarioPaths {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Scenario files or folders (default: scenarios).")
    List<Path> paths = List.of(Path.of("scenarios"));
}
