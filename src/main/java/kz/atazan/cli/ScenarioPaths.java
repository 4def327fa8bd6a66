package kz.atazan.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The scenario files or folders a command works on. */
final class ScenarioPaths {

    @Parameters(paramLabel = "PATH", arity = "0..*", descriptionKey = "option.paths")
    List<Path> paths = List.of(Path.of("scenarios"));
}
