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
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "vocabulary", mixinStandardHelpOptions = true,
        description = "List every name scenario files and 'check' accept, with a one-line meaning each.")
final class VocabularyCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        PrintStream out = main.streams().out();
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

    private static void section(PrintStream out, String title) {
        out.println();
        out.println(title);
    }

    private static void row(PrintStream out, String name, String meaning) {
        out.printf("  %-42s %s%n", name, meaning);
    }
}
