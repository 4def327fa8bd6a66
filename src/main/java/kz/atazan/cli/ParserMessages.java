package kz.atazan.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kz.atazan.scenario.InputMessages;
import kz.atazan.text.Messages;
import kz.atazan.text.Sentence;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What picocli found wrong with the command line, said in the user's language: each kind of
 * picocli's parameter exceptions mapped to a sentence of the bundle {@code input_xx.properties}
 * ({@code parse.*}), with the nearest names picocli suggests. Only a kind no sentence names keeps
 * picocli's own (English) words.
 */
final class ParserMessages {

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("'([^']+)'");

    /** The two exceptions picocli raises with nothing but an English message: 'help NOSUCH', and options of one exclusive group. */
    private static final java.util.regex.Pattern UNKNOWN_HELP_SUBJECT = java.util.regex.Pattern.compile("^Unknown subcommand '(.+)'\\.$");
    private static final java.util.regex.Pattern EXCLUSIVE = java.util.regex.Pattern.compile("^Error: (.+) are mutually exclusive \\(specify only one\\)$");

    private ParserMessages() {}

    /** The lines to print after "atazan: ": the problem, then the names suggested, if any. */
    static List<String> of(CommandLine.ParameterException e, Messages m) {
        List<String> lines = new ArrayList<>();
        lines.add(problem(e, m));
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            List<String> names = u.getSuggestions();
            if (u.isUnknownOption()) {
                lines.add(m.format("parse.possible-options", "names", InputMessages.codes(names)));
            } else {
                String command = e.getCommandLine().getCommandSpec().qualifiedName();
                lines.add(m.format("parse.did-you-mean", "names", InputMessages.codes(names.stream().map(n -> command + " " + n).toList())));
            }
        }
        return lines;
    }

    private static String problem(CommandLine.ParameterException e, Messages m) {
        String english = String.valueOf(e.getMessage());
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            Sentence quoted = InputMessages.codes(unmatched);
            if (u.isUnknownOption()) {
                return m.format("parse.unknown-option", "n", unmatched.size(), "options", quoted);
            }
            if (!e.getCommandLine().getSubcommands().isEmpty() && !u.getSuggestions().isEmpty()) {
                return m.format("parse.unknown-command", "command", quoted);
            }
            return m.format("parse.unmatched", "n", unmatched.size(), "arguments", quoted);
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            List<ArgSpec> specs = missing.getMissing();
            if (english.startsWith("Missing required parameter for option") && specs.size() == 1 && specs.get(0).isOption()) {
                OptionSpec option = (OptionSpec) specs.get(0);
                return m.format("parse.missing-value", "option", option.longestName(), "label", option.paramLabel());
            }
            boolean options = specs.stream().allMatch(ArgSpec::isOption);
            List<String> written = specs.stream().map(ParserMessages::written).toList();
            if (!options) {
                // picocli reports the first missing argument, and names in its message every one missing after it
                List<String> named = QUOTED.matcher(english.substring(english.indexOf(':') + 1)).results().map(r -> r.group(1)).toList();
                written = named.isEmpty() ? written : named;
            }
            Sentence names = InputMessages.codes(written);
            specs = java.util.Collections.nCopies(written.size(), specs.get(0));
            return m.format(options ? "parse.missing-option" : "parse.missing-parameter", "n", specs.size(), "names", names);
        }
        if (e instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() instanceof OptionSpec option) {
            return m.format("parse.once", "option", option.longestName());
        }
        if (english.startsWith("Invalid value") && e.getArgSpec() != null && e.getValue() != null) {
            ArgSpec spec = e.getArgSpec();
            String name = spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
            Class<?> type = spec.type();
            if (type.isEnum()) {
                String values = java.util.Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase(java.util.Locale.ROOT))
                        .collect(Collectors.joining(", "));
                return m.format("parse.bad-value.choice", "value", InputMessages.quoted(e.getValue()), "option", name, "values", values);
            }
            if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
                return m.format("parse.bad-value.number", "value", InputMessages.quoted(e.getValue()), "option", name);
            }
            return m.format("parse.bad-value", "value", InputMessages.quoted(e.getValue()), "option", name);
        }
        java.util.regex.Matcher help = UNKNOWN_HELP_SUBJECT.matcher(english);
        if (help.matches()) {
            return m.format("parse.unknown-command", "command", InputMessages.codes(List.of(help.group(1))));
        }
        java.util.regex.Matcher exclusive = EXCLUSIVE.matcher(english);
        if (exclusive.matches()) {
            return m.format("parse.exclusive", "options", InputMessages.codes(List.of(exclusive.group(1).split(", "))));
        }
        return english;
    }

    /** An option as it is written with its value ("--actor=BODY"), or a parameter's label ("FILE"). */
    private static String written(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() + (option.arity().max > 0 ? "=" + option.paramLabel() : "") : spec.paramLabel();
    }
}
