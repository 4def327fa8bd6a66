package kz.atazan.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.atazan.engine.OfficialTexts;
import kz.atazan.engine.RuleCatalogue;
import kz.atazan.engine.RuleCompiler;
import kz.atazan.engine.RuleProblem;
import kz.atazan.model.Action;
import kz.atazan.model.Citation;
import kz.atazan.model.Entity;
import kz.atazan.model.Finding;
import kz.atazan.model.Period;
import kz.atazan.model.Requirement;
import kz.atazan.text.Sentence;

/**
 * Plausible wrong edits of the legal rules, each read off a rule's DRL and metadata: drop the rule,
 * drop one of the findings it concludes (a consent, a candidate count, a prohibition), move a day
 * of its window by one either way, swap the body whose consent, proposal, vote or opinion it needs,
 * swap its actor. Every mutant is a {@link Variant} of the one compiled rule base: none needs a
 * recompilation, which keeps a run of thousands of mutants to minutes on two cores.
 */
public final class Mutants {

    /** The kinds of edit. */
    public enum Kind {
        DROP_RULE, DROP_FINDING, MOVE_START, MOVE_END, SWAP_BODY, SWAP_ACTOR;

        /** Its code, in mutant ids and message keys: {@code drop-finding}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One wrong edit of one rule.
     *
     * @param id the rule's id, the kind and the edit, in fixed English codes: the key of the record of equivalent mutants
     * @param edit what the edit changes, as the values of its sentence {@code tools.mutant.<kind>}
     * @param reaches an actor the edit makes the rule speak to, whose actions must be checked too
     */
    public record Mutant(String id, String ruleKey, Citation citation, Kind kind, String change, Map<String, Object> edit, Variant variant,
            Optional<Entity> reaches) {}

    private static final Pattern INSERT = Pattern.compile("insert\\s*\\(");
    private static final Pattern NEEDS = Pattern.compile(
            "Requirement\\.(consentOf|proposalBy|consultationWith|opinionOf|voteOf|initiativeOf)\\(\\s*Entity\\.([A-Z_]+)");
    private static final Pattern ACTOR = Pattern.compile("actor\\s*==\\s*Entity\\.([A-Z_]+)");
    /** How many other bodies or actors to try at each place: the nearest plausible ones. */
    private static final int ALTERNATIVES = 2;

    private Mutants() {}

    /**
     * Why the build would refuse the rules with this edit, if it would: a window outside its
     * wording's constitution or starting before its amendment took effect, a quote not in the text
     * of a day the window now covers, or a provision left with two wordings on a day or none.
     * Such a mutant is killed before any scenario runs.
     */
    public static Optional<Sentence> refusedByTheBuild(Mutant mutant, RuleCatalogue catalogue, OfficialTexts texts) {
        if (mutant.kind() != Kind.DROP_RULE && mutant.kind() != Kind.MOVE_START && mutant.kind() != Kind.MOVE_END) {
            return Optional.empty();
        }
        Map<String, Citation> edited = new LinkedHashMap<>();
        Citation changed = null;
        for (Map.Entry<String, Citation> rule : catalogue.keyed().entrySet()) {
            Optional<Period> window = mutant.variant().window(rule.getKey(), rule.getValue());
            if (window.isEmpty()) {
                continue;
            }
            Citation now = rule.getValue().inForce(window.get());
            if (rule.getKey().equals(mutant.ruleKey())) {
                changed = now;
            }
            edited.put(rule.getKey(), now);
        }
        if (changed != null) {
            List<Sentence> problems = RuleCatalogue.windowProblems(changed);
            if (!problems.isEmpty()) {
                return Optional.of(problems.get(0));
            }
            if (texts != null && !texts.textsMissing(changed).isEmpty()) {
                return Optional.of(RuleCatalogue.quoteMissing(texts.textsMissing(changed), changed.inForce()));
            }
        }
        return RuleCatalogue.wordingProblems(edited).stream().map(RuleProblem::message).findFirst();
    }

    public static List<Mutant> of(List<RuleCompiler.SourceRule> sources, RuleCatalogue catalogue) {
        Map<String, Set<Entity>> bodiesByNeed = new LinkedHashMap<>();
        Set<Entity> actors = new LinkedHashSet<>();
        for (RuleCompiler.SourceRule rule : sources) {
            Matcher needs = NEEDS.matcher(rule.consequence());
            while (needs.find()) {
                bodiesByNeed.computeIfAbsent(needs.group(1), n -> new LinkedHashSet<>()).add(Entity.valueOf(needs.group(2)));
            }
            Matcher actor = ACTOR.matcher(rule.conditions());
            while (actor.find()) {
                actors.add(Entity.valueOf(actor.group(1)));
            }
        }
        List<Mutant> mutants = new ArrayList<>();
        for (RuleCompiler.SourceRule rule : sources) {
            Citation citation = catalogue.keyed().get(rule.key());
            if (citation == null) {
                throw new IllegalStateException("the rule " + rule.key() + " of " + rule.file() + " is not in the loaded rule base: rebuild");
            }
            mutants.addAll(ofRule(rule, citation, bodiesByNeed, actors));
        }
        return mutants;
    }

    private static List<Mutant> ofRule(RuleCompiler.SourceRule rule, Citation citation, Map<String, Set<Entity>> bodiesByNeed,
            Set<Entity> actors) {
        List<Mutant> mutants = new ArrayList<>();
        String key = rule.key();
        mutants.add(mutant(rule, citation, Kind.DROP_RULE, "the rule removed", Map.of(), new Variant() {
            @Override
            public Optional<Period> window(String ruleKey, Citation c) {
                return ruleKey.equals(key) ? Optional.empty() : Optional.of(c.inForce());
            }
        }, null));

        List<String> inserts = insertedExpressions(rule.consequence());
        for (int i = 0; inserts.size() > 1 && i < inserts.size(); i++) {
            int index = i;
            mutants.add(mutant(rule, citation, Kind.DROP_FINDING, "insert(" + inserts.get(i) + ") removed",
                    Map.of("finding", inserts.get(i)), new Variant() {
                @Override
                public Optional<Finding> inserted(String ruleKey, int at, Finding finding) {
                    return ruleKey.equals(key) && at == index ? Optional.empty() : Optional.of(finding);
                }
            }, null));
        }
        for (int i = 0; i < inserts.size(); i++) {
            Matcher needs = NEEDS.matcher(inserts.get(i));
            if (needs.find()) {
                Entity body = Entity.valueOf(needs.group(2));
                int index = i;
                for (Entity other : alternatives(bodiesByNeed.get(needs.group(1)), body)) {
                    mutants.add(mutant(rule, citation, Kind.SWAP_BODY, needs.group(1) + " " + body + " -> " + other,
                            Map.of("condition", needs.group(1), "from", body, "to", other), new Variant() {
                        @Override
                        public Optional<Finding> inserted(String ruleKey, int at, Finding finding) {
                            return Optional.of(ruleKey.equals(key) && at == index ? swapped(finding, other) : finding);
                        }
                    }, null));
                }
            }
        }

        Period window = citation.inForce();
        for (int days : new int[] {-1, 1}) {
            // a window of one day cannot start a day later
            if (window.isOpen() || window.from().plusDays(days).compareTo(window.to()) <= 0) {
                Period start = new Period(window.from().plusDays(days), window.to());
                mutants.add(mutant(rule, citation, Kind.MOVE_START, "in force from " + start.from(), Map.of("date", start.from()),
                        windowed(key, start), null));
            }
            if (!window.isOpen() && window.to().plusDays(days).compareTo(window.from()) >= 0) {
                Period end = new Period(window.from(), window.to().plusDays(days));
                mutants.add(mutant(rule, citation, Kind.MOVE_END, "in force until " + end.to(), Map.of("date", end.to()), windowed(key, end), null));
            }
        }

        List<Entity> named = ACTOR.matcher(rule.conditions()).results().map(m -> Entity.valueOf(m.group(1))).toList();
        if (named.size() == 1) {
            Entity was = named.get(0);
            for (Entity other : alternatives(actors, was)) {
                mutants.add(mutant(rule, citation, Kind.SWAP_ACTOR, "actor " + was + " -> " + other, Map.of("from", was, "to", other),
                        new Variant() {
                    @Override
                    public Optional<Action> seenBy(String ruleKey, Action action) {
                        if (!ruleKey.equals(key)) {
                            return Optional.of(action);
                        }
                        // the edited rule now asks for the other actor: it sees that actor's actions as
                        // the ones it used to match, and no longer sees its old actor's
                        if (action.actor() == other) {
                            return Optional.of(action.with(b -> b.actor(was)));
                        }
                        return action.actor() == was ? Optional.empty() : Optional.of(action);
                    }

                    @Override
                    public Set<String> rewritten() {
                        return Set.of(key);
                    }
                }, other));
            }
        }
        return mutants;
    }

    private static Mutant mutant(RuleCompiler.SourceRule rule, Citation citation, Kind kind, String change, Map<String, Object> edit,
            Variant variant, Entity reaches) {
        String id = rule.key() + " " + kind.label() + ": " + change;
        return new Mutant(id, rule.key(), citation, kind, change, edit, variant, Optional.ofNullable(reaches));
    }

    private static Variant windowed(String key, Period moved) {
        return new Variant() {
            @Override
            public Optional<Period> window(String ruleKey, Citation c) {
                return Optional.of(ruleKey.equals(key) ? moved : c.inForce());
            }
        };
    }

    /** The nearest others in the vocabulary's order: the plausible slip of a neighbouring name. */
    private static List<Entity> alternatives(Set<Entity> candidates, Entity was) {
        return candidates.stream().filter(e -> e != was)
                .sorted(java.util.Comparator.comparingInt(e -> Math.abs(e.ordinal() - was.ordinal())))
                .limit(ALTERNATIVES).toList();
    }

    private static Finding swapped(Finding finding, Entity other) {
        if (finding instanceof Requirement r && r.condition().party().isPresent()) {
            return new Requirement(r.condition().about(other));
        }
        return finding;
    }

    /** The arguments of the consequence's insert(...) calls, in order. */
    static List<String> insertedExpressions(String consequence) {
        List<String> found = new ArrayList<>();
        Matcher m = INSERT.matcher(consequence);
        while (m.find()) {
            int depth = 1;
            int i = m.end();
            while (i < consequence.length() && depth > 0) {
                char ch = consequence.charAt(i++);
                depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            }
            found.add(consequence.substring(m.end(), i - 1).trim());
        }
        return found;
    }
}
