package kz.atazan.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import kz.atazan.model.Act;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Entity;
import kz.atazan.model.Kind;
import kz.atazan.model.Verdict;
import kz.atazan.scenario.ScenarioReader;
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
        ScenarioReader.FIELDS.forEach((field, meaning) -> row(out, field, meaning));
        section(out, "Verdicts (expect: verdict)");
        row(out, Verdict.CONSTITUTIONAL.label(), "a provision in force gives the power, its conditions are met, nothing forbids it");
        row(out, Verdict.UNCONSTITUTIONAL.label(), "no such power on that date, a condition unmet, or a prohibition applies");
        row(out, Verdict.UNDETERMINED.label(), "the rules do not decide it: date not modelled, or the text leaves it open");
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
