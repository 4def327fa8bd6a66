package kz.atazan.scenario;

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
import kz.atazan.model.Language;
import kz.atazan.text.Sentence;

/**
 * An action stated as arguments named like the command line's options ({@code actor}, {@code
 * consent}, {@code votes}, {@code close-relative}, ...), each with the values written for it: the
 * one reading shared by the command line ({@code --consent senate}) and the web API ({@code
 * consent=senate}), derived from the field tables {@link ActionField} and {@link PersonField}.
 * The date is not among them: each caller takes its own.
 */
public final class ActionArguments {

    private ActionArguments() {}

    /** Every argument name, in the field tables' order: the fields with an option, then the facts about the person. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (ActionField field : ActionField.values()) {
            if (field.option() != null) {
                names.add(field.option());
            }
        }
        for (PersonField fact : PersonField.values()) {
            names.add(fact.option());
        }
        return names;
    }

    /**
     * The arguments that state this action, as {@link #action} reads them back (the date left
     * out): its required fields and those that differ from their defaults, names as the vocabulary
     * writes them, tallies "FOR/OF", votes "BODY=FOR/OF", facts about the person "true" or a count.
     */
    public static Map<String, List<String>> of(Action a) {
        Map<String, List<String>> arguments = new LinkedHashMap<>();
        for (ActionField field : ActionField.values()) {
            if (field.option() == null || !(field.required() || field.isStatedIn(a))) {
                continue;
            }
            Object value = field.valueIn(a);
            List<String> written = switch (field.shape()) {
                case NAME -> List.of(((Named) value).label());
                case NAMES -> ((java.util.Collection<?>) value).stream().map(v -> ((Named) v).label()).sorted().toList();
                case COUNT -> List.of(String.valueOf(value));
                case TALLY -> List.of(written((Tally) value));
                case VOTES -> ((Map<?, ?>) value).entrySet().stream()
                        .map(v -> ((Entity) v.getKey()).label() + "=" + written((Tally) v.getValue())).sorted().toList();
                case PERSON -> List.of();
            };
            if (!written.isEmpty()) {
                arguments.put(field.option(), written);
            }
        }
        for (PersonField fact : PersonField.values()) {
            fact.statedIn(a.appointee()).ifPresent(v -> arguments.put(fact.option(), List.of(String.valueOf(v))));
        }
        return arguments;
    }

    private static String written(Tally tally) {
        return tally.yes() + "/" + tally.of();
    }

    /**
     * The action on {@code date} (null when the date itself was invalid), or empty after adding
     * each problem to {@code problems}, named as {@code prefix} + the argument's name ("--consent"
     * on the command line), with the closest valid name. {@code given} maps argument names to the
     * values written; a list argument may repeat or hold comma-separated names, and a fact about
     * the person is "true" (or given with no value), or "false". Problems are said in {@code language}.
     */
    public static Optional<Action> action(Map<String, List<String>> given, LocalDate date, String prefix, List<String> problems,
            Language language) {
        List<Sentence> found = new ArrayList<>();
        Optional<Action> action = action(given, date, prefix, found);
        found.forEach(problem -> problems.add(problem.in(language)));
        return action;
    }

    private static Optional<Action> action(Map<String, List<String>> given, LocalDate date, String prefix, List<Sentence> problems) {
        int before = problems.size();
        Action.Builder builder = new Action.Builder().date(date);
        Entity actor = null;
        for (ActionField field : ActionField.values()) {
            if (field.option() == null) {
                continue;
            }
            String option = prefix + field.option();
            List<String> values = values(given.get(field.option()), field.shape() == ActionField.Shape.NAMES);
            if (values.isEmpty()) {
                if (field.required()) {
                    problems.add(InputMessages.atOption(option, InputMessages.missingArgument(field.option())));
                }
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
        for (PersonField fact : PersonField.values()) {
            List<String> values = given.get(fact.option());
            if (values == null || values.isEmpty()) {
                continue;
            }
            String option = prefix + fact.option();
            String text = values.get(values.size() - 1).strip();
            if (fact.isCount()) {
                Optional<Integer> terms = count(problems, option, text, 0, PersonField.MOST_TERMS);
                if (terms.isPresent()) {
                    person = fact.setIn(person, terms.get());
                }
            } else {
                Optional<Boolean> holds = truth(text);
                if (holds.isEmpty()) {
                    problems.add(InputMessages.atOption(option, InputMessages.notTruth(InputMessages.quoted(text))));
                } else if (holds.get()) {
                    person = fact.setIn(person, true);
                }
            }
        }
        builder.appointee(person);
        if (problems.size() > before || date == null) {
            return Optional.empty();
        }
        return Optional.of(builder.build());
    }

    /** The values as written, stripped, empty ones left out; names lists split at commas. */
    private static List<String> values(List<String> given, boolean commaSeparated) {
        if (given == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String value : given) {
            for (String part : commaSeparated ? value.split(",", -1) : new String[] {value}) {
                if (!part.strip().isEmpty()) {
                    values.add(part.strip());
                }
            }
        }
        return values;
    }

    /** "true", "on" (an HTML check box) or nothing at all is true; "false" or "off" is false. */
    private static Optional<Boolean> truth(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "", "true", "on" -> Optional.of(true);
            case "false", "off" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static Map<Entity, Tally> votes(List<Sentence> problems, String option, List<String> values, Entity actor) {
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

    private static Optional<Tally> tally(List<Sentence> problems, String option, String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2 || !parts[0].strip().matches("\\d{1,9}") || !parts[1].strip().matches("\\d{1,9}")) {
            problems.add(InputMessages.atOption(option, InputMessages.notTally(text)));
            return Optional.empty();
        }
        long yes = Long.parseLong(parts[0].strip());
        long of = Long.parseLong(parts[1].strip());
        String name = option.replaceFirst("^-+", "");
        if (of > ActionField.mostInTally(name)) {
            problems.add(InputMessages.atOption(option, InputMessages.tooManyMembers(name, of)));
            return Optional.empty();
        }
        if (of < 1 || yes > of) {
            problems.add(InputMessages.atOption(option, InputMessages.impossibleTally(name, yes, of)));
            return Optional.empty();
        }
        return Optional.of(new Tally((int) yes, (int) of));
    }

    private static Optional<Integer> count(List<Sentence> problems, String option, String text, int least, int most) {
        String digits = text.strip();
        if (!digits.matches("-?\\d{1,9}") || Integer.parseInt(digits) < least || Integer.parseInt(digits) > most) {
            String name = option.replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
            problems.add(InputMessages.atOption(option, InputMessages.notCount(name, least, most, InputMessages.quoted(text))));
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(digits));
    }

    private static Optional<Named> name(List<Sentence> problems, String option, NameList list, String given) {
        Vocabulary.Lookup<Named> lookup = Vocabulary.name(list, given);
        if (lookup.value().isEmpty()) {
            problems.add(InputMessages.atOption(option, lookup.problem()));
        }
        return lookup.value();
    }
}
