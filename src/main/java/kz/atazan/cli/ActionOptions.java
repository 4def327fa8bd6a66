package kz.atazan.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.atazan.model.Action;
import kz.atazan.model.ActionField;
import kz.atazan.model.PersonField;
import kz.atazan.scenario.ActionArguments;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options that state one action, shared by {@code check}, {@code explain} and {@code compare}:
 * one option for every field of a scenario's {@code action} and every fact about the person,
 * derived from the field tables ({@link ActionField}, {@link PersonField}) when picocli builds the
 * command. The date is not among them: each command takes its own ({@code --on} once, or several
 * times).
 */
@Command(modelTransformer = ActionOptions.Derived.class)
final class ActionOptions {

    /** The option of each field, and of each fact about the person, once picocli has built them. */
    private final Map<ActionField, OptionSpec> fields = new LinkedHashMap<>();
    private final Map<PersonField, OptionSpec> facts = new LinkedHashMap<>();

    /** Adds the options of the field tables to the mixin's command spec. */
    static final class Derived implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            // picocli hands the transformer of a mixin the spec of the command it is mixed into
            ActionOptions options = spec.userObject() instanceof ActionOptions own ? own
                    : spec.mixins().values().stream().map(CommandSpec::userObject).filter(ActionOptions.class::isInstance)
                            .map(ActionOptions.class::cast).findFirst().orElseThrow();
            if (!options.fields.isEmpty()) {
                return spec;
            }
            for (ActionField field : ActionField.values()) {
                if (field.option() != null) {
                    OptionSpec option = option(field).build();
                    spec.addOption(option);
                    options.fields.put(field, option);
                }
            }
            for (PersonField fact : PersonField.values()) {
                OptionSpec.Builder option = OptionSpec.builder("--" + fact.option()).descriptionKey(descriptionKey(fact.option()));
                if (fact.isCount()) {
                    option.paramLabel("N").type(String.class);
                } else {
                    option.arity("0").type(boolean.class);
                }
                OptionSpec built = option.build();
                spec.addOption(built);
                options.facts.put(fact, built);
            }
            return spec;
        }

        private static OptionSpec.Builder option(ActionField field) {
            OptionSpec.Builder option = OptionSpec.builder("--" + field.option()).paramLabel(field.paramLabel()).required(field.required())
                    .descriptionKey(descriptionKey(field.option()));
            if (field.repeatable()) {
                option.type(List.class).auxiliaryTypes(String.class).initialValue(new ArrayList<String>());
                if (field.shape() == ActionField.Shape.NAMES) {
                    option.splitRegex(",");
                }
                return option;
            }
            return option.type(String.class);
        }
    }

    /**
     * The key of an option's sentence in the help bundles ({@code help_xx.properties}): each field's
     * and fact's help is a whole sentence in each language, with its example and scenario key.
     */
    static String descriptionKey(String option) {
        return "option." + option;
    }

    /**
     * The action on {@code date} (null when the date itself was invalid), or empty after adding
     * each problem to {@code problems}, named by its option, with the closest valid name.
     */
    Optional<Action> action(LocalDate date, List<String> problems, kz.atazan.model.Language language) {
        Map<String, List<String>> given = new LinkedHashMap<>();
        fields.forEach((field, option) -> given.put(field.option(), values(option)));
        facts.forEach((fact, option) -> {
            Object value = option.getValue();
            if (fact.isCount() && value != null) {
                given.put(fact.option(), List.of((String) value));
            } else if (!fact.isCount() && Boolean.TRUE.equals(value)) {
                given.put(fact.option(), List.of("true"));
            }
        });
        return ActionArguments.action(given, date, "--", problems, language);
    }

    private static List<String> values(OptionSpec option) {
        Object value = option.getValue();
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }
}
