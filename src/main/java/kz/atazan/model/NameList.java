package kz.atazan.model;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A closed list of names a field of a scenario (or an option) takes: which entities may play a
 * role in an action, the acts, the circumstances, the verdicts. Matching a written name against a
 * list is the vocabulary's business ({@code scenario.Vocabulary}); this only says what is on it.
 */
public enum NameList {
    ACTORS("actor", "an organ, or an office holder acting in person", e -> e.is(Kind.ORGAN) || e.is(Kind.OFFICE)),
    TARGETS("target", "an organ, office or instrument", e -> true),
    CONSENTING_BODIES("consenting body", "an organ that consents", e -> e.is(Kind.ORGAN)),
    PROPOSERS("proposer", "an organ or office that proposes", e -> e.is(Kind.ORGAN) || e.is(Kind.OFFICE)),
    CONSULTED_BODIES("consulted body", "an organ that is consulted", e -> e.is(Kind.ORGAN)),
    OPINION_BODIES("body giving an opinion", "an organ whose opinion is obtained", e -> e.is(Kind.ORGAN)),
    VOTING_BODIES("voting body", "an organ that votes", e -> e.is(Kind.ORGAN)),
    ACTS("act", "one of the acts", null),
    CIRCUMSTANCES("circumstance", "one of the circumstances", null),
    VERDICTS("verdict", "constitutional, unconstitutional or undetermined", null);

    private final String noun;
    private final String expected;
    private final Predicate<Entity> admits;

    NameList(String noun, String expected, Predicate<Entity> admits) {
        this.noun = noun;
        this.expected = expected;
        this.admits = admits;
    }

    /** What one name on the list is called: "actor", "consenting body", "act". */
    public String noun() {
        return noun;
    }

    /** What a name on this list must be, in words. */
    public String expected() {
        return expected;
    }

    /** Whether the list is of entities (organs, offices, instruments) playing a role. */
    public boolean ofEntities() {
        return admits != null;
    }

    /** Whether the entity may play this role; false for lists that are not of entities. */
    public boolean admits(Entity entity) {
        return admits != null && admits.test(entity);
    }

    /** Every name on the list, in the vocabulary's order. */
    public List<Named> members() {
        return switch (this) {
            case ACTS -> List.of(Act.values());
            case CIRCUMSTANCES -> List.of(Circumstance.values());
            case VERDICTS -> List.of(Verdict.values());
            default -> Arrays.stream(Entity.values()).filter(admits).map(Named.class::cast).toList();
        };
    }

    /** Every name of the vocabulary of this list's kind, whether or not it may play the role. */
    public List<Named> all() {
        return ofEntities() ? List.of(Entity.values()) : members();
    }
}
