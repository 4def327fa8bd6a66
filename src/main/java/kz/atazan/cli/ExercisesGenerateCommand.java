package kz.atazan.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.atazan.engine.Engine;
import kz.atazan.model.Verdict;
import kz.atazan.teaching.AnswerKey;
import kz.atazan.teaching.Explainer;
import kz.atazan.teaching.QuestionPool;
import kz.atazan.teaching.Sheet;
import kz.atazan.teaching.SheetFile;
import kz.atazan.teaching.SheetFormat;
import kz.atazan.teaching.SheetMaker;
import kz.atazan.text.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false)
final class ExercisesGenerateCommand implements Callable<Integer> {

    @ParentCommand
    ExercisesCommand exercises;

    @Mixin
    RulesOption rules;

    @Option(names = "--count", paramLabel = "N", descriptionKey = "generate.count")
    int count = 10;

    @Mixin
    SheetOptions sheetOptions;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "generate.format")
    SheetFormat format = SheetFormat.MARKDOWN;

    @Option(names = "--out", required = true, paramLabel = "SHEET", descriptionKey = "generate.out")
    Path out;

    @Option(names = "--key", paramLabel = "KEY", descriptionKey = "generate.key")
    Path key;

    @Override
    public Integer call() {
        Main main = exercises.main;
        PrintStream err = main.streams().err();
        Words words = Words.in(main.language());
        List<String> problems = new ArrayList<>();
        SheetMaker.Request request = sheetOptions.request(count, System.nanoTime(), problems, words);
        if (request == null) {
            problems.forEach(p -> err.println("atazan exercises generate: " + p));
            return ExitCode.BAD_INPUT;
        }
        Optional<Engine> engine = rules.engine(err);
        if (engine.isEmpty()) {
            return ExitCode.RULES_BROKEN;
        }
        QuestionPool pool = QuestionPool.read(sheetOptions.scenarios());
        pool.errors().forEach(e -> err.println("atazan exercises generate: " + e.in(main.language())));
        if (SheetMaker.admitted(pool, request).isEmpty()) {
            err.println("atazan exercises generate: " + noMatch(request, pool, words));
            return ExitCode.BAD_INPUT;
        }
        Sheet drawn = new SheetMaker(engine.get()).make(pool, request, "", "");
        Sheet sheet = new Sheet(words.say("sheet.title"), sheetOptions.about(drawn.questions().size(), request.seed(), words), drawn.questions());
        if (sheet.questions().size() < count) {
            err.println("atazan exercises generate: " + words.say("cli.exercises.fewer", "n", sheet.questions().size()));
        }
        Path keyFile = key != null ? key : keyBeside(out);
        try {
            Files.writeString(out, SheetFile.write(sheet, format, words), StandardCharsets.UTF_8);
            Files.writeString(keyFile, AnswerKey.write(sheet, new Explainer(engine.get()), format, words), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("atazan exercises generate: " + words.say("cli.cannot-write.any", "reason", String.valueOf(e.getMessage())));
            return ExitCode.BAD_INPUT;
        }
        main.streams().out().println(words.say("sheet.wrote", "sheet", out.toString(), "n", sheet.questions().size(), "seed", request.seed(),
                "key", keyFile.toString()));
        // the teacher sees at once whether the draw mixes answers, acts and actors
        Map<Verdict, Long> answers = sheet.answers(engine.get());
        main.streams().out().println(words.say("sheet.mix", "c", answers.get(Verdict.CONSTITUTIONAL), "u", answers.get(Verdict.UNCONSTITUTIONAL),
                "d", answers.get(Verdict.UNDETERMINED), "acts", sheet.questions().stream().map(q -> q.action().act()).distinct().count(),
                "actors", sheet.questions().stream().map(q -> q.action().actor()).distinct().count()));
        return ExitCode.OK;
    }

    /** That no question matches the topic and dates asked, with the topics there are. */
    static String noMatch(SheetMaker.Request request, QuestionPool pool, Words words) {
        return words.say("cli.exercises.no-match", "hasTopic", String.valueOf(request.topic().isPresent()), "topic", request.topic().orElse("-"),
                "topics", String.join(", ", pool.topics()));
    }

    /** sheet.md -> sheet-key.md */
    private static Path keyBeside(Path sheet) {
        String name = sheet.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String keyName = dot > 0 ? name.substring(0, dot) + "-key" + name.substring(dot) : name + "-key";
        return sheet.resolveSibling(keyName);
    }
}
