package kz.atazan.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The names scenario files, the command line and the web API accept: lower-kebab-case, matched
 * case-insensitively, with {@code _} accepted for {@code -} (scenario contract §1.2), and every
 * other name of {@link Aliases} (Russian, Kazakh, common English variants), each resolved to its
 * canonical name. Every written name is resolved here, and only here; a name not known is
 * answered with the nearest few.
 */
public final class Vocabulary {

    /** Longer than any name: a suggestion is not looked for (its cost grows with the length). */
    private static final int LONGEST_NAME = 80;
    /** How many names a suggestion offers at most. */
    private static final int SUGGESTED = 3;
    /** Words too common to tell names apart. */
    private static final java.util.Set<String> COMMON = java.util.Set.of("the", "of", "and", "or", "a", "an", "in", "to", "its", "from",
            "by", "for", "on", "with", "его", "или", "и", "в", "на", "по", "не");

    private Vocabulary() {}

    /** The name on the list, or why not, with the closest valid name. */
    public static Lookup<Named> name(NameList list, String given) {
        Optional<Named> named = find(list.all(), given);
        if (named.isPresent() && (!list.ofEntities() || list.admits((Entity) named.get()))) {
            return Lookup.found(named.get());
        }
        if (named.isPresent()) {
            return Lookup.failed(InputMessages.wrongRole(given, named.get(), list));
        }
        for (NameList other : List.of(NameList.TARGETS, NameList.ACTS, NameList.CIRCUMSTANCES)) {
            Optional<Named> elsewhere = other == list || other.ofEntities() && list.ofEntities() ? Optional.empty() : find(other.all(), given);
            if (elsewhere.isPresent()) {
                return Lookup.failed(InputMessages.otherKind(given, elsewhere.get().label(), other, list));
            }
        }
        List<Named> valid = list.members();
        List<String> closest = nearest(list, given).stream().map(Named::label).toList();
        return Lookup.failed(InputMessages.unknownName(list, given, closest, valid.stream().map(Named::label).toList()));
    }

    /**
     * The few names of the list nearest to {@code given}: by edit distance to their names and
     * aliases (a name containing the word given counts as near), the nearest first; failing that,
     * the names sharing a word with it in a name, an alias or the meaning, those sharing most first.
     */
    public static List<Named> nearest(NameList list, String given) {
        if (given.length() > LONGEST_NAME) {
            return List.of();
        }
        String typed = Aliases.normal(given);
        if (typed.isEmpty()) {
            return List.of();
        }
        Map<Named, Integer> near = new LinkedHashMap<>();
        for (Named name : list.members()) {
            for (String spelling : spellings(name)) {
                int d = Suggestions.distance(typed, spelling);
                // a short spelling (an abbreviation) is near only to itself
                boolean close = spelling.length() >= 4 && d <= Math.max(2, spelling.length() / 3)
                        || typed.length() >= 3 && spelling.contains(typed);
                if (close) {
                    near.merge(name, d, Math::min);
                }
            }
        }
        if (!near.isEmpty()) {
            int best = Collections.min(near.values());
            // a near miss (one or two letters) names its word; a farther one offers the few nearest
            int slack = best >= 3 ? 1 : 0;
            return near.entrySet().stream().filter(e -> e.getValue() <= best + slack)
                    .sorted(Map.Entry.comparingByValue()).limit(SUGGESTED).map(Map.Entry::getKey).toList();
        }
        Set<String> words = words(typed);
        Map<Named, Integer> sharing = new LinkedHashMap<>();
        for (Named name : list.members()) {
            Set<String> theirs = new HashSet<>(words(Aliases.normal(name.meaning())));
            spellings(name).forEach(s -> theirs.addAll(words(s)));
            int shared = (int) words.stream().filter(w -> theirs.stream().anyMatch(t -> Suggestions.distance(w, t) <= w.length() / 5)).count();
            if (shared > 0) {
                sharing.put(name, shared);
            }
        }
        return sharing.entrySet().stream().sorted(Map.Entry.<Named, Integer>comparingByValue().reversed())
                .limit(SUGGESTED).map(Map.Entry::getKey).toList();
    }

    /**
     * Every organ, office, instrument, act and circumstance whose name, alias (in any language) or
     * meaning contains {@code word}, in the vocabulary's order; failing any, the nearest names.
     */
    public static Search search(String word) {
        String wanted = Aliases.normal(word);
        List<Named> all = new ArrayList<>(NameList.TARGETS.members());
        all.addAll(NameList.ACTS.members());
        all.addAll(NameList.CIRCUMSTANCES.members());
        if (wanted.isEmpty()) {
            return new Search(all, true);
        }
        List<Named> found = all.stream().filter(n -> spellings(n).stream().anyMatch(s -> s.contains(wanted))
                || Aliases.normal(n.meaning()).contains(wanted)).toList();
        if (!found.isEmpty()) {
            return new Search(found, true);
        }
        List<Named> near = new ArrayList<>();
        for (NameList list : List.of(NameList.TARGETS, NameList.ACTS, NameList.CIRCUMSTANCES)) {
            near.addAll(nearest(list, word));
        }
        return new Search(near, false);
    }

    /** What a search found: the names containing the word, or (when none does) the nearest names. */
    public record Search(List<Named> names, boolean matched) {}

    /** The name and its aliases, as {@link Aliases#normal} writes them. */
    private static List<String> spellings(Named name) {
        List<String> spellings = new ArrayList<>();
        spellings.add(name.label());
        Aliases.table().of(name).forEach(a -> spellings.add(Aliases.normal(a.written())));
        return spellings;
    }

    /** The words of a normal spelling that tell names apart: three letters or more, not too common. */
    private static Set<String> words(String normal) {
        Set<String> words = new HashSet<>();
        for (String word : normal.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3 && !COMMON.contains(word)) {
                words.add(word);
            }
        }
        return words;
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
        Optional<Named> named = values.stream().filter(v -> v.label().equals(wanted)).findFirst();
        if (named.isPresent() || values.isEmpty()) {
            return named;
        }
        return Aliases.table().find(((Enum<?>) values.get(0)).getDeclaringClass(), given);
    }

    /** The result of looking a name up: the value, or a message saying what was expected. */
    public record Lookup<T>(Optional<T> value, kz.atazan.text.Sentence problem) {
        static <T> Lookup<T> found(T value) {
            return new Lookup<>(Optional.of(value), null);
        }

        static <T> Lookup<T> failed(kz.atazan.text.Sentence problem) {
            return new Lookup<>(Optional.empty(), problem);
        }

        <U> Lookup<U> as(Class<U> type) {
            return new Lookup<>(value.map(type::cast), problem);
        }
    }
}
