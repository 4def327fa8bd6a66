package kz.atazan.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.atazan.model.Action;
import kz.atazan.model.ActionField;
import kz.atazan.model.Appointee;
import kz.atazan.model.Entity;
import kz.atazan.model.Named;
import kz.atazan.model.PersonField;
import kz.atazan.model.Tally;

/**
 * An action written back as a scenario file writes it (contract §1.1, §3.1): the inverse of
 * {@link ScenarioReader#parseAction}, derived from the field table {@link ActionField}. Only the
 * required fields and those that differ from their defaults are written.
 */
public final class ActionFields {

    private ActionFields() {}

    /** The action's fields in the order of the contract; the date is not among them (a check gives it). */
    public static Map<String, Object> of(Action a) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (ActionField f : ActionField.values()) {
            if (f.required() || f.isStatedIn(a)) {
                fields.put(f.key(), plain(f, f.valueIn(a)));
            }
        }
        return fields;
    }

    /** The fields beyond actor, act and target that the action states, each as one YAML line: "consents: [senate]". */
    public static List<String> stated(Action a) {
        List<String> lines = new ArrayList<>();
        for (ActionField f : ActionField.values()) {
            if (!f.required() && f.isStatedIn(a)) {
                lines.add(written(f, a));
            }
        }
        return lines;
    }

    /** One field of the action as a scenario file writes it on one line: "votes: {majilis: {for: 50, of: 98}}". */
    public static String written(ActionField field, Action a) {
        return field.key() + ": " + flow(plain(field, field.valueIn(a)));
    }

    /** A value as YAML writes it in flow style: [a, b], {k: v}. */
    public static String flow(Object value) {
        if (value instanceof Collection<?> list) {
            return list.stream().map(ActionFields::flow).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + ": " + flow(e.getValue())).collect(Collectors.joining(", ", "{", "}"));
        }
        return String.valueOf(value);
    }

    /** The value in plain data (strings, numbers, lists, maps), as YAML or JSON would hold it. */
    private static Object plain(ActionField field, Object value) {
        return switch (field.shape()) {
            case NAME -> value == null ? null : ((Named) value).label();
            case NAMES -> new ArrayList<>(((Collection<?>) value).stream().map(v -> ((Named) v).label()).sorted().toList());
            case COUNT -> value;
            case TALLY -> value == null ? null : tally((Tally) value);
            case VOTES -> {
                Map<String, Object> votes = new LinkedHashMap<>();
                ((Map<?, ?>) value).entrySet().stream().sorted(Map.Entry.comparingByKey((x, y) -> ((Entity) x).compareTo((Entity) y)))
                        .forEach(v -> votes.put(((Entity) v.getKey()).label(), tally((Tally) v.getValue())));
                yield votes;
            }
            case PERSON -> person((Appointee) value);
        };
    }

    private static Map<String, Object> person(Appointee p) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (PersonField f : PersonField.values()) {
            f.statedIn(p).ifPresent(v -> facts.put(f.key(), v));
        }
        return facts;
    }

    private static Map<String, Object> tally(Tally t) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("for", t.yes());
        map.put("of", t.of());
        return map;
    }
}
