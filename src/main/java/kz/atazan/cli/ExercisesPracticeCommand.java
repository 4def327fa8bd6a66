package kz.atazan.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.atazan.engine.Engine;
import kz.atazan.engine.Workspace;
import kz.atazan.teaching.Grader;
import kz.atazan.teaching.Grading;
import kz.atazan.teaching.Practice;
import kz.atazan.teaching.QuestionPool;
import kz.atazan.teaching.Sheet;
import kz.atazan.teaching.SheetFile;
import kz.atazan.teaching.SheetMaker;
import kz.atazan.text.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "practice", mixinStandardHelpOptions = true, sortOptions = false)
final class ExercisesPracticeCommand implements Callable<Integer> {

    @ParentCommand
    ExercisesCommand exercises;

    @Mixin
    RulesOption rules;

    @Option(names = "--count", paramLabel = "N", descriptionKey = "practice.count")
    int count = 5;

    @Mixin
    SheetOptions sheetOptions;

    @Option(names = "--sheet", paramLabel = "SHEET", descriptionKey = "practice.sheet")
    Path sheetFile;

    @Override
    public Integer call() {
        Main main = exercises.main;
        PrintStream err = main.streams().err();
        Words words = Words.in(main.language());
        List<String> problems = new ArrayList<>();
        SheetMaker.Request request = sheetOptions.request(count, System.nanoTime(), problems, words);
        if (request == null) {
            problems.forEach(p -> err.println("atazan exercises practice: " + p));
            return ExitCode.BAD_INPUT;
        }
        Optional<Engine> engine = rules.engine(err);
        if (engine.isEmpty()) {
            return ExitCode.RULES_BROKEN;
        }
        Optional<Sheet> sheet = sheetFile != null ? fromFile(err, words) : drawn(engine.get(), request, err, words);
        if (sheet.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(main.streams().in(), StandardCharsets.UTF_8));
        Grading grading = new Practice(new Grader(engine.get()), in, main.streams().out(), words).run(sheet.get());
        return grading.allRight() ? ExitCode.OK : ExitCode.SOME_ANSWERS_WRONG;
    }

    private Optional<Sheet> drawn(Engine engine, SheetMaker.Request request, PrintStream err, Words words) {
        QuestionPool pool = QuestionPool.read(sheetOptions.scenarios());
        pool.errors().forEach(e -> err.println("atazan exercises practice: " + e.in(words.language())));
        if (SheetMaker.admitted(pool, request).isEmpty()) {
            err.println("atazan exercises practice: " + ExercisesGenerateCommand.noMatch(request, pool, words));
            return Optional.empty();
        }
        Sheet drawn = new SheetMaker(engine).make(pool, request, "", "");
        return Optional.of(new Sheet(words.say("sheet.title"), sheetOptions.about(drawn.questions().size(), request.seed(), words), drawn.questions()));
    }

    private Optional<Sheet> fromFile(PrintStream err, Words words) {
        try {
            SheetFile.Reading reading = SheetFile.read(Files.readString(sheetFile, StandardCharsets.UTF_8), Workspace.shown(sheetFile));
            reading.errors().forEach(e -> err.println("atazan exercises practice: " + e.in(words.language())));
            return reading.sheet();
        } catch (IOException e) {
            err.println("atazan exercises practice: " + words.say("cli.cannot-read.any", "file", Workspace.shown(sheetFile)));
            return Optional.empty();
        }
    }
}
