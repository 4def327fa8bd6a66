package kz.atazan.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.atazan.model.Action;
import kz.atazan.model.ActionField;
import kz.atazan.model.Appointee;
import kz.atazan.model.Entity;
import kz.atazan.model.NameList;
import kz.atazan.model.Named;
import kz.atazan.model.PersonField;
import kz.atazan.model.Tally;
import kz.atazan.scenario.InputMessages;
import kz.atazan.scenario.Vocabulary;
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
                OptionSpec.Builder option = OptionSpec.builder("--" + fact.option());
                if (fact.isCount()) {
                    option.paramLabel("N").type(String.class).description("The person: " + fact.meaning() + ".");
                } else {
                    option.arity("0").type(boolean.class).description("The person is " + fact.words() + ".");
                }
                OptionSpec built = option.build();
                spec.addOption(built);
                options.facts.put(fact, built);
            }
            return spec;
        }

        private static OptionSpec.Builder option(ActionField field) {
            String meaning = Character.toUpperCase(field.meaning().charAt(0)) + field.meaning().substring(1);
            OptionSpec.Builder option = OptionSpec.builder("--" + field.option()).paramLabel(field.paramLabel()).required(field.required());
            String example = ", e.g. " + field.example();
            if (field.repeatable()) {
                option.type(List.class).auxiliaryTypes(String.class).initialValue(new ArrayList<String>());
                if (field.shape() == ActionField.Shape.NAMES) {
                    option.splitRegex(",");
                }
                return option.description(meaning + example + " (repeatable" + (field.shape() == ActionField.Shape.NAMES ? ", or comma-separated" : "")
                        + "; scenario field '" + field.key() + "').");
            }
            return option.type(String.class).description(meaning + example + " (scenario field '" + field.key() + "').");
        }
    }

    /**
     * The action on {@code date} (null when the date itself was invalid), or empty after adding
     * each problem to {@code problems}, named by its option, with the closest valid name.
     */
    Optional<Action> action(LocalDate date, List<String> problems) {
        int before = problems.size();
        Action.Builder builder = new Action.Builder().date(date);
        Entity actor = null;
        for (Map.Entry<ActionField, OptionSpec> e : fields.entrySet()) {
            ActionField field = e.getKey();
            String option = "--" + field.option();
            List<String> values = values(e.getValue());
            if (values.isEmpty()) {
                continue;
            }
            Optional<Object> value = switch (field.shape()) {
                case NAME -> name(problems, option, field.names(), values.get(0)).map(v -> v);
                case NAMES -> {
                    Set<Object> names = new LinkedHashSet<>();
                    values.forEach(v -> name(problems, option, field.names(), v).ifPresent(names::add));
                    yield Optional.of(names);
                }
                case COUNT -> count(problems, option, values.get(0), 1, ActionField.MOST_CANDIDATES).map(v -> v);
                case TALLY -> tally(problems, option, values.get(0)).map(v -> v);
                case VOTES -> Optional.of(votes(problems, option, values, actor));
                case PERSON -> Optional.empty();
            };
            value.ifPresent(v -> field.setIn(builder, v));
            if (field == ActionField.ACTOR) {
                actor = (Entity) value.orElse(null);
            }
        }
        Appointee person = Appointee.UNREMARKABLE;
        for (Map.Entry<PersonField, OptionSpec> e : facts.entrySet()) {
            PersonField fact = e.getKey();
            Object given = e.getValue().getValue();
            if (fact.isCount() && given != null) {
                Optional<Integer> terms = count(problems, "--" + fact.option(), (String) given, 0, PersonField.MOST_TERMS);
                if (terms.isPresent()) {
                    person = fact.setIn(person, terms.get());
                }
            } else if (!fact.isCount() && Boolean.TRUE.equals(given)) {
                person = fact.setIn(person, true);
            }
        }
        builder.appointee(person);
        if (problems.size() > before || date == null) {
            return Optional.empty();
        }
        return Optional.of(builder.build());
    }

    private static List<String> values(OptionSpec option) {
        Object value = option.getValue();
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        return List.of(String.valueOf(value));
    }

    private static Map<Entity, Tally> votes(List<String> problems, String option, List<String> values, Entity actor) {
        Map<Entity, Tally> tallies = new LinkedHashMap<>();
        for (String vote : values) {
            int equals = vote.indexOf('=');
            Optional<Entity> body = equals < 0 ? Optional.ofNullable(actor)
                    : name(problems, option, NameList.VOTING_BODIES, vote.substring(0, equals)).map(Entity.class::cast);
            Optional<Tally> tally = tally(problems, option, vote.substring(equals + 1));
            if (body.isPresent() && tally.isPresent()) {
                tallies.put(body.get(), tally.get());
            }
        }
        return tallies;
    }

    private static Optional<Tally> tally(List<String> problems, String option, String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2 || !parts[0].strip().matches("\\d{1,9}") || !parts[1].strip().matches("\\d{1,9}")) {
            problems.add(option + ": " + InputMessages.quoted(text) + " is not FOR/OF, such as 70/98");
            return Optional.empty();
        }
        long yes = Long.parseLong(parts[0].strip());
        long of = Long.parseLong(parts[1].strip());
        if (of > ActionField.MOST_MEMBERS) {
            problems.add(option + ": " + InputMessages.tooManyMembers(option.substring(2), of));
            return Optional.empty();
        }
        if (of < 1 || yes > of) {
            problems.add(option + ": " + InputMessages.impossibleTally(option.substring(2), yes, of));
            return Optional.empty();
        }
        return Optional.of(new Tally((int) yes, (int) of));
    }

    private static Optional<Integer> count(List<String> problems, String option, String text, int least, int most) {
        String digits = text.strip();
        if (!digits.matches("-?\\d{1,9}") || Integer.parseInt(digits) < least || Integer.parseInt(digits) > most) {
            problems.add(option + ": " + InputMessages.notCount(option.substring(2).toLowerCase(Locale.ROOT), least, most, InputMessages.quoted(text)));
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(digits));
    }

    private static Optional<Named> name(List<String> problems, String option, NameList list, String given) {
        Vocabulary.Lookup<Named> lookup = Vocabulary.name(list, given);
        if (lookup.value().isEmpty()) {
            problems.add(option + ": " + lookup.problem());
        }
        return lookup.value();
    }
}
