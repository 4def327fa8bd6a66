package kz.atazan.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.atazan.model.Act;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Entity;
import kz.atazan.model.NameList;
import kz.atazan.model.Named;
import kz.atazan.model.Suggestions;
import kz.atazan.model.Verdict;

/**
 * The names scenario files and the command line accept: lower-kebab-case, matched
 * case-insensitively, with {@code _} accepted for {@code -} (scenario contract §1.2). Every
 * written name is resolved here, and only here.
 */
public final class Vocabulary {

    /** Longer than any name: a suggestion is not looked for (its cost grows with the length). */
    private static final int LONGEST_NAME = 80;

    private Vocabulary() {}

    /** The name on the list, or why not, with the closest valid name. */
    public static Lookup<Named> name(NameList list, String given) {
        Optional<Named> named = find(list.all(), given);
        if (named.isPresent() && (!list.ofEntities() || list.admits((Entity) named.get()))) {
            return Lookup.found(named.get());
        }
        if (named.isPresent()) {
            return Lookup.failed(InputMessages.wrongRole(given, named.get().meaning(), list.noun(), list.expected()));
        }
        List<Named> valid = list.members();
        String closest = given.length() > LONGEST_NAME ? null
                : Suggestions.didYouMean(given, valid, Named::label).map(Named::label).orElse(null);
        return Lookup.failed(InputMessages.unknownName(list.noun(), given, closest, valid.stream().map(Named::label).toList()));
    }

    /** The entity named, if it may play the role; otherwise why not, with the closest valid name. */
    public static Lookup<Entity> entity(NameList role, String given) {
        return name(role, given).as(Entity.class);
    }

    public static Lookup<Act> act(String given) {
        return name(NameList.ACTS, given).as(Act.class);
    }

    public static Lookup<Circumstance> circumstance(String given) {
        return name(NameList.CIRCUMSTANCES, given).as(Circumstance.class);
    }

    public static Lookup<Verdict> verdict(String given) {
        return name(NameList.VERDICTS, given).as(Verdict.class);
    }

    private static Optional<Named> find(List<Named> values, String given) {
        String wanted = given.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return values.stream().filter(v -> v.label().equals(wanted)).findFirst();
    }

    /** The result of looking a name up: the value, or a message saying what was expected. */
    public record Lookup<T>(Optional<T> value, String problem) {
        static <T> Lookup<T> found(T value) {
            return new Lookup<>(Optional.of(value), null);
        }

        static <T> Lookup<T> failed(String problem) {
            return new Lookup<>(Optional.empty(), problem);
        }

        <U> Lookup<U> as(Class<U> type) {
            return new Lookup<>(value.map(type::cast), problem);
        }
    }
}
