package kz.atazan.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import kz.atazan.model.Act;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Entity;
import kz.atazan.model.Kind;
import kz.atazan.model.Verdict;
import kz.atazan.model.ActionField;
import kz.atazan.model.PersonField;
import kz.atazan.scenario.ScenarioField;
import java.util.List;
import kz.atazan.model.Language;
import kz.atazan.model.Named;
import kz.atazan.scenario.Aliases;
import kz.atazan.scenario.InputLimits;
import kz.atazan.scenario.InputMessages;
import kz.atazan.scenario.Vocabulary;
import kz.atazan.text.Messages;
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
        Words words = Words.in(main.language());
        section(out, words.say("vocabulary.section.organs"));
        for (Entity e : Entity.values()) {
            if (e.is(Kind.ORGAN)) {
                row(out, e.label(), e.is(Kind.OFFICE) ? words.say("vocabulary.also-office", "meaning", meaning(e, words)) : meaning(e, words));
            }
        }
        section(out, words.say("vocabulary.section.offices"));
        for (Entity e : Entity.values()) {
            if (e.is(Kind.OFFICE) && !e.is(Kind.ORGAN)) {
                row(out, e.label(), meaning(e, words));
            }
        }
        section(out, words.say("vocabulary.section.instruments"));
        for (Entity e : Entity.values()) {
            if (e.is(Kind.INSTRUMENT)) {
                row(out, e.label(), meaning(e, words));
            }
        }
        section(out, words.say("vocabulary.section.acts"));
        for (Act a : Act.values()) {
            row(out, a.label(), meaning(a, words));
        }
        section(out, words.say("vocabulary.section.circumstances"));
        for (Circumstance c : Circumstance.values()) {
            row(out, c.label(), meaning(c, words));
        }
        section(out, words.say("vocabulary.section.fields"));
        for (ScenarioField field : ScenarioField.values()) {
            if (field.level() != ScenarioField.Level.TALLY) {
                row(out, field.key(), fieldMeaning(field, words));
            }
            if (field == ScenarioField.ACTION) {
                for (ActionField a : ActionField.values()) {
                    row(out, a.key(), fieldMeaning(a, words));
                }
                for (PersonField p : PersonField.values()) {
                    row(out, p.key(), fieldMeaning(p, words));
                }
            }
        }
        row(out, ScenarioField.FOR.key() + ", " + ScenarioField.OF.key(), words.say("vocabulary.meaning.tally"));
        section(out, words.say("vocabulary.section.verdicts"));
        for (Verdict v : Verdict.values()) {
            row(out, v.label(), fieldMeaning(v, words));
        }
        return ExitCode.OK;
    }

    /** What a field of a scenario file, or a verdict, means: a sentence of the bundles ({@code vocabulary.meaning.action-field.actor}). */
    private static String fieldMeaning(Enum<?> constant, Words words) {
        return words.say("vocabulary.meaning." + Messages.keyOf(constant), "from", Integer.toString(InputLimits.FIRST_DAY.getYear()),
                "to", Integer.toString(InputLimits.LAST_DAY.getYear()));
    }

    private Integer search(PrintStream out) {
        Words words = Words.in(main.language());
        Vocabulary.Search found = Vocabulary.search(word);
        kz.atazan.text.Sentence given = InputMessages.quoted(word);
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

    /** The meaning in the language asked: the English line, or the name tables' name (an act: its phrase without its object). */
    private static String meaning(Named name, Words words) {
        if (words.language() == Language.EN) {
            return name.meaning();
        }
        return name instanceof Act act ? words.actAlone(act) : words.name((Enum<?>) name);
    }

    private static void section(PrintStream out, String title) {
        out.println();
        out.println(title);
    }

    private static void row(PrintStream out, String name, String meaning) {
        out.printf("  %-42s %s%n", name, meaning);
    }
}
