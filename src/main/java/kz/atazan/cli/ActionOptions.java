package kz.atazan.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.atazan.model.Act;
import kz.atazan.model.Action;
import kz.atazan.model.Appointee;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Entity;
import kz.atazan.model.Tally;
import kz.atazan.scenario.Vocabulary;
import kz.atazan.scenario.Vocabulary.Role;
import picocli.CommandLine.Option;

/**
 * The options that state one action, shared by {@code check}, {@code explain} and {@code compare}:
 * every field of a scenario's {@code action}, named as on the command line. The date is not
 * among them: each command takes its own ({@code --on} once, or several times).
 */
final class ActionOptions {

    @Option(names = "--actor", required = true, paramLabel = "BODY", description = "Who acts, e.g. president.")
    String actor;

    @Option(names = "--act", required = true, paramLabel = "ACT", description = "What it does, e.g. appoint, dismiss, consent.")
    String act;

    @Option(names = "--target", required = true, paramLabel = "TARGET", description = "The office or body acted upon, e.g. akim-of-region.")
    String target;

    @Option(names = "--consent", paramLabel = "BODY", description = "A body whose consent was obtained (repeatable).")
    List<String> consents = new ArrayList<>();

    @Option(names = "--proposed-by", paramLabel = "WHO", description = "Who proposed or recommended the candidate.")
    String proposedBy;

    @Option(names = "--consulted", paramLabel = "BODY", description = "A body consulted before acting (repeatable).")
    List<String> consulted = new ArrayList<>();

    @Option(names = "--candidates", paramLabel = "N", description = "How many candidates were put forward (default 1).")
    int candidates = 1;

    @Option(names = "--circumstance", paramLabel = "FACT", description = "A circumstance in force, e.g. state-of-emergency (repeatable).")
    List<String> circumstances = new ArrayList<>();

    @Option(names = "--opinion", paramLabel = "BODY", description = "A body whose opinion was obtained (repeatable).")
    List<String> opinions = new ArrayList<>();

    @Option(names = "--votes", paramLabel = "[BODY=]FOR/OF",
            description = "How a body voted, e.g. 70/98 for the actor or majilis=80/98 (repeatable).")
    List<String> votes = new ArrayList<>();

    @Option(names = "--initiative", paramLabel = "FOR/OF", description = "How many deputies initiated the decision, e.g. 25/107.")
    String initiative;

    @Option(names = "--close-relative", description = "The appointee is a close relative of the President.")
    boolean closeRelative;

    @Option(names = "--party-member", description = "The appointee is a member of a political party.")
    boolean partyMember;

    @Option(names = "--first-president", description = "The person is the First President of Kazakhstan.")
    boolean firstPresident;

    @Option(names = "--terms-in-a-row", paramLabel = "N", description = "Presidential terms the person was elected to in a row, up to now.")
    int termsInARow;

    @Option(names = "--elected-under-one-term-rule",
            description = "The person was elected President in an election held after 17 September 2022 (Art. 94-2).")
    boolean electedUnderOneTermRule;

    @Option(names = "--held-office-before", description = "The person has held the target office before.")
    boolean heldThisOfficeBefore;

    @Option(names = "--held-office-since-2026", description = "The person held the target office under the Constitution of 2026.")
    boolean heldThisOfficeSince2026;

    /**
     * The action on {@code date} (null when the date itself was invalid), or empty after adding
     * each problem to {@code problems}, named by its option, with the closest valid name.
     */
    Optional<Action> action(LocalDate date, List<String> problems) {
        int before = problems.size();
        Entity actorEntity = entity(problems, "--actor", Role.ACTOR, actor);
        Act actValue = report(problems, "--act", Vocabulary.act(act));
        Entity targetEntity = entity(problems, "--target", Role.TARGET, target);
        Set<Entity> consentBodies = entities(problems, "--consent", Role.CONSENT, consents);
        Entity proposer = proposedBy == null ? null : entity(problems, "--proposed-by", Role.PROPOSER, proposedBy);
        Set<Entity> consultedBodies = entities(problems, "--consulted", Role.CONSULTED, consulted);
        Set<Circumstance> facts = EnumSet.noneOf(Circumstance.class);
        for (String c : circumstances) {
            Optional.ofNullable(report(problems, "--circumstance", Vocabulary.circumstance(c))).ifPresent(facts::add);
        }
        if (candidates < 1) {
            problems.add("--candidates: must be at least 1, but is " + candidates);
        }
        Set<Entity> opinionBodies = entities(problems, "--opinion", Role.OPINION, opinions);
        Map<Entity, Tally> tallies = new LinkedHashMap<>();
        for (String vote : votes) {
            int equals = vote.indexOf('=');
            Entity body = equals < 0 ? actorEntity : entity(problems, "--votes", Role.VOTER, vote.substring(0, equals));
            Tally tally = tally(problems, "--votes", vote.substring(equals + 1));
            if (body != null && tally != null) {
                tallies.put(body, tally);
            }
        }
        Tally initiated = initiative == null ? null : tally(problems, "--initiative", initiative);
        if (problems.size() > before || date == null) {
            return Optional.empty();
        }
        return Optional.of(new Action(actorEntity, actValue, targetEntity, date, consentBodies, proposer, consultedBodies,
                candidates, new Appointee(closeRelative, partyMember, firstPresident, termsInARow, electedUnderOneTermRule, heldThisOfficeBefore,
                        heldThisOfficeSince2026),
                facts, tallies, initiated, opinionBodies));
    }

    private static Tally tally(List<String> problems, String option, String text) {
        String[] parts = text.trim().split("/");
        try {
            if (parts.length == 2) {
                return new Tally(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (IllegalArgumentException e) {
            problems.add(option + ": " + (e instanceof NumberFormatException ? "'" + text + "' is not FOR/OF" : e.getMessage()));
            return null;
        }
        problems.add(option + ": '" + text + "' is not FOR/OF, such as 70/98");
        return null;
    }

    private static Entity entity(List<String> problems, String option, Role role, String name) {
        return report(problems, option, Vocabulary.entity(role, name));
    }

    private static Set<Entity> entities(List<String> problems, String option, Role role, List<String> names) {
        Set<Entity> found = new LinkedHashSet<>();
        for (String name : names) {
            Optional.ofNullable(entity(problems, option, role, name)).ifPresent(found::add);
        }
        return found;
    }

    private static <T> T report(List<String> problems, String option, Vocabulary.Lookup<T> lookup) {
        if (lookup.value().isEmpty()) {
            problems.add(option + ": " + lookup.problem());
        }
        return lookup.value().orElse(null);
    }
}
