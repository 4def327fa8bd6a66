package kz.atazan.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import kz.atazan.model.Act;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Entity;
import kz.atazan.model.Kind;
import kz.atazan.model.Verdict;
import java.util.Locale;
import kz.atazan.model.ActionField;
import kz.atazan.model.PersonField;
import kz.atazan.scenario.ScenarioField;
import java.util.List;
import kz.atazan.model.Language;
import kz.atazan.model.Named;
import kz.atazan.scenario.Aliases;
import kz.atazan.scenario.InputMessages;
import kz.atazan.scenario.Vocabulary;
import kz.atazan.text.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "vocabulary", mixinStandardHelpOptions = true)
final class VocabularyCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(arity = "0..1", paramLabel = "WORD", descriptionKey = "vocabulary.word")
    String word;

    @Override
    public Integer call() {
        PrintStream out = main.streams().out();
        if (word != null) {
            return search(out);
        }
        section(out, "Organs (actor, consents, proposedBy, consulted, target)");
        for (Entity e : Entity.values()) {
            if (e.is(Kind.ORGAN)) {
                row(out, e.label(), e.meaning() + (e.is(Kind.OFFICE) ? " (also an office)" : ""));
            }
        }
        section(out, "Offices (target, proposedBy)");
        for (Entity e : Entity.values()) {
            if (e.is(Kind.OFFICE) && !e.is(Kind.ORGAN)) {
                row(out, e.label(), e.meaning());
            }
        }
        section(out, "Other targets");
        for (Entity e : Entity.values()) {
            if (e.is(Kind.INSTRUMENT)) {
                row(out, e.label(), e.meaning());
            }
        }
        section(out, "Acts (act)");
        for (Act a : Act.values()) {
            row(out, a.label(), a.meaning());
        }
        section(out, "Circumstances (circumstances)");
        for (Circumstance c : Circumstance.values()) {
            row(out, c.label(), c.meaning());
        }
        section(out, "Scenario fields");
        for (ScenarioField field : ScenarioField.values()) {
            if (field.level() != ScenarioField.Level.TALLY) {
                row(out, field.key(), "(" + field.level().name().toLowerCase(Locale.ROOT) + ") " + field.meaning());
            }
            if (field == ScenarioField.ACTION) {
                for (ActionField a : ActionField.values()) {
                    row(out, a.key(), "(action) " + a.meaning() + (a.names() == null ? "" : ": " + a.names().expected()));
                }
                for (PersonField p : PersonField.values()) {
                    row(out, p.key(), "(appointee) " + p.meaning());
                }
            }
        }
        row(out, "for, of", "(votes, initiative) " + ScenarioField.FOR.meaning() + "; " + ScenarioField.OF.meaning());
        section(out, "Verdicts (expect: verdict)");
        for (Verdict v : Verdict.values()) {
            row(out, v.label(), v.meaning());
        }
        return ExitCode.OK;
    }

    private Integer search(PrintStream out) {
        Words words = Words.in(main.language());
        Vocabulary.Search found = Vocabulary.search(word);
        String given = InputMessages.quoted(word);
        if (found.names().isEmpty()) {
            out.println(words.say("vocabulary.search.nothing", "word", given));
            return ExitCode.OK;
        }
        out.println(found.matched() ? words.say("vocabulary.search.found", "n", found.names().size(), "word", given)
                : words.say("vocabulary.search.nearest", "word", given));
        for (Named name : found.names()) {
            out.println("  " + words.say("vocabulary.search.row", "name", name.label(), "kind", words.say("vocabulary.kind." + kind(name)),
                    "meaning", meaning(name, words)));
            for (Language language : List.of(Language.RU, Language.KK, Language.EN)) {
                List<String> others = Aliases.table().of(name).stream().filter(a -> a.language() == language).map(Aliases.Alias::written).toList();
                if (!others.isEmpty()) {
                    out.println("      " + language.code() + ": " + String.join("; ", others));
                }
            }
        }
        return ExitCode.OK;
    }

    private static String kind(Named name) {
        if (name instanceof Entity e) {
            return e.is(Kind.INSTRUMENT) ? "instrument" : e.is(Kind.OFFICE) ? "office" : "organ";
        }
        return name instanceof Act ? "act" : "circumstance";
    }

    /** The meaning in the language asked: the English line, or the name tables' name (an act: its first alias there). */
    private static String meaning(Named name, Words words) {
        if (words.language() == Language.EN || name instanceof Act) {
            if (name instanceof Act && words.language() != Language.EN) {
                return Aliases.table().of(name).stream().filter(a -> a.language() == words.language()).map(Aliases.Alias::written)
                        .findFirst().orElse(name.meaning());
            }
            return name.meaning();
        }
        return words.name((Enum<?>) name);
    }

    private static void section(PrintStream out, String title) {
        out.println();
        out.println(title);
    }

    private static void row(PrintStream out, String name, String meaning) {
        out.printf("  %-42s %s%n", name, meaning);
    }
}
