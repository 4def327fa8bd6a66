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
import kz.atazan.model.Language;
import kz.atazan.model.Verdict;
import kz.atazan.text.Words;

/**
 * The names scenario files and the command line accept: lower-kebab-case, matched
 * case-insensitively, with {@code _} accepted for {@code -} (scenario contract §1.2).
 */
public final class Vocabulary {

    /** A role a name can play in an action, and which entities may play it. */
    public enum Role {
        ACTOR(e -> e.is(Kind.ORGAN) || e.is(Kind.OFFICE)),
        TARGET(e -> true),
        CONSENT(e -> e.is(Kind.ORGAN)),
        PROPOSER(e -> e.is(Kind.ORGAN) || e.is(Kind.OFFICE)),
        CONSULTED(e -> e.is(Kind.ORGAN)),
        OPINION(e -> e.is(Kind.ORGAN)),
        VOTER(e -> e.is(Kind.ORGAN));

        private final java.util.function.Predicate<Entity> admits;

        Role(java.util.function.Predicate<Entity> admits) {
            this.admits = admits;
        }

        /** The role's code in the message keys: {@code role.actor}, {@code role.actor.expected}. */
        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** What a name in this role must be, in English (the scenario reader's messages). */
        public String expected() {
            return expected(Words.in(Language.EN));
        }

        /** What a name in this role must be, in words. */
        public String expected(Words words) {
            return words.say("role." + code() + ".expected");
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
            Entity entity = named.get();
            return Lookup.failed(w -> w.say("vocabulary.wrong-role", "given", given, "name", entity, "noun", w.say("role." + role.code()),
                    "expected", role.expected(w)));
        }
        return Lookup.failed(unknown("role." + role.code(), given, role.entities(), Entity::label));
    }

    public static Lookup<Act> act(String given) {
        return lookup("noun.act", Act.values(), given, Act::label);
    }

    public static Lookup<Circumstance> circumstance(String given) {
        return lookup("noun.circumstance", Circumstance.values(), given, Circumstance::label);
    }

    public static Lookup<Verdict> verdict(String given) {
        return lookup("noun.verdict", Verdict.values(), given, Verdict::label);
    }

    private static <T> Lookup<T> lookup(String noun, T[] values, String given, Function<T, String> label) {
        return find(values, given, label).map(Lookup::found)
                .orElseGet(() -> Lookup.failed(unknown(noun, given, Arrays.asList(values), label)));
    }

    private static <T> Optional<T> find(T[] values, String given, Function<T, String> label) {
        String wanted = given.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values).filter(v -> label.apply(v).equals(wanted)).findFirst();
    }

    private static <T> Function<Words, String> unknown(String nounKey, String given, List<T> valid, Function<T, String> label) {
        Optional<T> closest = Suggestions.didYouMean(given, valid, label);
        if (closest.isPresent()) {
            return w -> w.say("vocabulary.unknown.suggest", "noun", w.say(nounKey), "given", given, "suggestion", label.apply(closest.get()));
        }
        return w -> w.say("vocabulary.unknown.list", "noun", w.say(nounKey), "given", given,
                "names", valid.stream().map(label).collect(Collectors.joining(", ")));
    }

    /** The result of looking a name up: the value, or what was expected, said in a language. */
    public record Lookup<T>(Optional<T> value, Function<Words, String> said) {
        static <T> Lookup<T> found(T value) {
            return new Lookup<>(Optional.of(value), null);
        }

        static <T> Lookup<T> failed(Function<Words, String> said) {
            return new Lookup<>(Optional.empty(), said);
        }

        /** What was wrong, in English (scenario files report in English until their reader speaks the user's language). */
        public String problem() {
            return problem(Words.in(Language.EN));
        }

        public String problem(Words words) {
            return said == null ? null : said.apply(words);
        }
    }
}
