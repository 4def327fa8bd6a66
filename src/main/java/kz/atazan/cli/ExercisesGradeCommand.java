package kz.atazan.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.atazan.engine.Engine;
import kz.atazan.engine.Workspace;
import kz.atazan.teaching.Answers;
import kz.atazan.teaching.GradeText;
import kz.atazan.teaching.Grader;
import kz.atazan.teaching.Grading;
import kz.atazan.teaching.SheetFile;
import kz.atazan.text.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "grade", mixinStandardHelpOptions = true)
final class ExercisesGradeCommand implements Callable<Integer> {

    @ParentCommand
    ExercisesCommand exercises;

    @Mixin
    RulesOption rules;

    @Parameters(index = "0", paramLabel = "SHEET", descriptionKey = "grade.sheet")
    Path sheetFile;

    @Parameters(index = "1", paramLabel = "ANSWERS", descriptionKey = "grade.answers")
    Path answersFile;

    @Override
    public Integer call() {
        Main main = exercises.main;
        PrintStream err = main.streams().err();
        Words words = Words.in(main.language());
        Optional<String> sheetText = read(sheetFile, err, words);
        Optional<String> answersText = read(answersFile, err, words);
        if (sheetText.isEmpty() || answersText.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        SheetFile.Reading sheet = SheetFile.read(sheetText.get(), Workspace.shown(sheetFile));
        if (sheet.sheet().isEmpty()) {
            sheet.errors().forEach(e -> err.println("atazan exercises grade: " + e.in(main.language())));
            return ExitCode.BAD_INPUT;
        }
        Answers.Reading answers = Answers.read(answersText.get(), Workspace.shown(answersFile), sheet.sheet().get());
        if (!answers.errors().isEmpty()) {
            answers.errors().forEach(e -> err.println("atazan exercises grade: " + e.in(main.language())));
            return ExitCode.BAD_INPUT;
        }
        Optional<Engine> engine = rules.engine(err);
        if (engine.isEmpty()) {
            return ExitCode.RULES_BROKEN;
        }
        Grading grading = new Grader(engine.get()).grade(sheet.sheet().get(), answers.answers());
        GradeText.lines(grading, words).forEach(main.streams().out()::println);
        return grading.allRight() ? ExitCode.OK : ExitCode.SOME_ANSWERS_WRONG;
    }

    private static Optional<String> read(Path file, PrintStream err, Words words) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("atazan exercises grade: " + words.say("cli.cannot-read", "file", Workspace.shown(file), "reason", e.getClass().getSimpleName()));
            return Optional.empty();
        }
    }
}
