package kz.atazan.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.atazan.model.Act;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Entity;
import kz.atazan.model.Kind;
import kz.atazan.model.Suggestions;
import kz.atazan.model.Verdict;

/**
 * The names scenario files and the command line accept: lower-kebab-case, matched
 * case-insensitively, with {@code _} accepted for {@code -} (scenario contract §1.2).
 */
public final class Vocabulary {

    /** A role a name can play in an action, and which entities may play it. */
    public enum Role {
        ACTOR("actor", "an organ, or an office holder acting in person", e -> e.is(Kind.ORGAN) || e.is(Kind.OFFICE)),
        TARGET("target", "an organ, office or instrument", e -> true),
        CONSENT("consenting body", "an organ that consents", e -> e.is(Kind.ORGAN)),
        PROPOSER("proposer", "an organ or office that proposes", e -> e.is(Kind.ORGAN) || e.is(Kind.OFFICE)),
        CONSULTED("consulted body", "an organ that is consulted", e -> e.is(Kind.ORGAN)),
        OPINION("body giving an opinion", "an organ whose opinion is obtained", e -> e.is(Kind.ORGAN)),
        VOTER("voting body", "an organ that votes", e -> e.is(Kind.ORGAN));

        private final String noun;
        private final String expected;
        private final java.util.function.Predicate<Entity> admits;

        Role(String noun, String expected, java.util.function.Predicate<Entity> admits) {
            this.noun = noun;
            this.expected = expected;
            this.admits = admits;
        }

        /** What a name in this role must be, in words. */
        public String expected() {
            return expected;
        }

        public List<Entity> entities() {
            return Arrays.stream(Entity.values()).filter(admits).toList();
        }
    }

    private Vocabulary() {}

    /** The entity named, if it may play the role; otherwise why not, with the closest valid name. */
    public static Lookup<Entity> entity(Role role, String given) {
        Optional<Entity> named = find(Entity.values(), given, Entity::label);
        if (named.isPresent() && role.admits.test(named.get())) {
            return Lookup.found(named.get());
        }
        if (named.isPresent()) {
            return Lookup.failed("'" + given + "' is " + named.get().meaning() + ", which cannot be the " + role.noun
                    + " (expected " + role.expected + "; 'atazan vocabulary' lists them)");
        }
        return Lookup.failed(unknown(role.noun, given, role.entities(), Entity::label));
    }

    public static Lookup<Act> act(String given) {
        return lookup("act", Act.values(), given, Act::label);
    }

    public static Lookup<Circumstance> circumstance(String given) {
        return lookup("circumstance", Circumstance.values(), given, Circumstance::label);
    }

    public static Lookup<Verdict> verdict(String given) {
        return lookup("verdict", Verdict.values(), given, Verdict::label);
    }

    private static <T> Lookup<T> lookup(String noun, T[] values, String given, Function<T, String> label) {
        return find(values, given, label).map(Lookup::found)
                .orElseGet(() -> Lookup.failed(unknown(noun, given, Arrays.asList(values), label)));
    }

    private static <T> Optional<T> find(T[] values, String given, Function<T, String> label) {
        String wanted = given.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values).filter(v -> label.apply(v).equals(wanted)).findFirst();
    }

    private static <T> String unknown(String noun, String given, List<T> valid, Function<T, String> label) {
        String message = "unknown " + noun + " '" + given + "'";
        Optional<T> closest = Suggestions.didYouMean(given, valid, label);
        if (closest.isPresent()) {
            return message + "; did you mean '" + label.apply(closest.get()) + "'?";
        }
        return message + "; expected one of: " + valid.stream().map(label).collect(Collectors.joining(", "));
    }

    /** The result of looking a name up: the value, or a message saying what was expected. */
    public record Lookup<T>(Optional<T> value, String problem) {
        static <T> Lookup<T> found(T value) {
            return new Lookup<>(Optional.of(value), null);
        }

        static <T> Lookup<T> failed(String problem) {
            return new Lookup<>(Optional.empty(), problem);
        }
    }
}
