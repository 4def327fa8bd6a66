package kz.atazan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "exercises", mixinStandardHelpOptions = true,
        subcommands = {ExercisesGenerateCommand.class, ExercisesGradeCommand.class, ExercisesPracticeCommand.class})
final class ExercisesCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(main.streams().out());
        return ExitCode.BAD_INPUT;
    }
}
