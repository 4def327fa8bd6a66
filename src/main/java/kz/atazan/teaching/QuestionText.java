package kz.atazan.teaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.atazan.model.Act;
import kz.atazan.model.ActionField;
import kz.atazan.model.Action;
import kz.atazan.model.Appointee;
import kz.atazan.model.Entity;
import kz.atazan.model.Kind;
import kz.atazan.model.PersonField;
import kz.atazan.model.Tally;

/**
 * A question as a student reads it: one English sentence of who does what to whom on which day,
 * then each fact the action states. Names are the vocabulary's meanings, without the notes of when
 * an organ existed (they would give the answer away).
 */
public final class QuestionText {

    /** "(until 2022)", "(from June 2022)", "(five of the ten, from the 8th-convocation elections)": hints, left out. */
    private static final Pattern WHEN = Pattern.compile("\\s*\\([^)]*(?:\\b(?:19|20)\\d\\d\\b|convocation)[^)]*\\)");

    /** What a question leaves unsaid, said once at the top of a sheet. */
    public static final String DEFAULTS = "Unless a question says otherwise: one candidate is put forward; no consent, proposal,"
            + " consultation or opinion has been obtained; no special circumstance holds; and a body whose vote is not given"
            + " voted as the Constitution requires.";

    private QuestionText() {}

    public static String of(Action a) {
        StringBuilder s = new StringBuilder("On ").append(AmendingLaw.spelledOut(a.date())).append(", ")
                .append(name(a.actor())).append(' ').append(verb(a.act(), plural(a.actor()))).append(' ').append(name(a.target())).append('.');
        for (String fact : facts(a)) {
            s.append(' ').append(fact);
        }
        return s.append(" Is this constitutional?").toString();
    }

    /** The same action in the words of a scenario file: "actor: president · act: dismiss · target: akim-of-district". */
    public static String fields(Action a) {
        List<String> parts = new ArrayList<>();
        kz.atazan.scenario.ActionFields.of(a).forEach((key, value) -> parts.add(key + ": " + kz.atazan.scenario.ActionFields.flow(value)));
        parts.add("date: " + a.date());
        return String.join(" · ", parts);
    }

    /** One sentence (or several) for each field the action states beyond actor, act and target. */
    private static List<String> facts(Action a) {
        List<String> facts = new ArrayList<>();
        for (ActionField field : ActionField.values()) {
            if (!field.required() && field.isStatedIn(a)) {
                facts.addAll(sentences(field, a));
            }
        }
        return facts;
    }

    private static List<String> sentences(ActionField field, Action a) {
        return switch (field) {
            case ACTOR, ACT, TARGET -> List.of();
            case CONSENTS -> List.of("The consent of " + names(a.consents()) + " has been obtained.");
            case PROPOSED_BY -> List.of((a.target().is(Kind.INSTRUMENT) ? "It has been presented or proposed by " : "The candidate has been proposed by ")
                    + name(a.proposedBy()) + ".");
            case CONSULTED -> List.of("Consultations have been held with " + names(a.consulted()) + ".");
            case CANDIDATES -> List.of(a.candidates() + " candidates have been put forward.");
            case APPOINTEE -> person(a.appointee());
            case CIRCUMSTANCES -> a.circumstances().stream().sorted().map(c -> "At the time, " + WHEN.matcher(c.meaning()).replaceAll("") + ".").toList();
            case VOTES -> a.votes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(v -> v.getValue().yes() + " of the " + v.getValue().of() + " members of " + name(v.getKey()) + " voted for it.").toList();
            case INITIATIVE -> List.of(a.initiative().yes() + " of the " + a.initiative().of() + " deputies initiated it.");
            case OPINIONS -> List.of("The opinion of " + names(a.opinions()) + " has been obtained.");
        };
    }

    private static List<String> person(Appointee p) {
        List<String> facts = new ArrayList<>();
        for (PersonField fact : PersonField.values()) {
            if (fact.holdsFor(p) && !fact.isCount()) {
                facts.add("The person is " + fact.words() + ".");
            }
        }
        if (p.termsInARow() > 0) {
            facts.add("The person has been elected President " + p.termsInARow() + " time" + (p.termsInARow() == 1 ? "" : "s") + " in a row.");
        }
        return facts;
    }

    static String name(Entity e) {
        if (e == Entity.CONSTITUTION) {
            return "amendments and additions to the Constitution"; // its meaning reads as a list entry, not as an object
        }
        return WHEN.matcher(e.meaning()).replaceAll("");
    }

    private static String names(java.util.Collection<Entity> entities) {
        return entities.stream().sorted().map(QuestionText::name).collect(Collectors.joining(" and "));
    }

    private static boolean plural(Entity e) {
        String m = e.meaning();
        return m.startsWith("the voters") || m.startsWith("the deputies") || m.startsWith("the factions");
    }

    /** The act as the verb of a sentence whose subject is the actor. */
    static String verb(Act act, boolean plural) {
        String singular = switch (act) {
            case APPOINT -> "appoints";
            case DISMISS -> "dismisses";
            case NOMINATE -> "nominates";
            case CONSENT -> "consents to the appointment of";
            case ELECT -> "elects";
            case DISSOLVE -> "dissolves";
            case REVOKE_ACT -> "cancels or suspends an act of";
            case RECALL -> "recalls";
            case NO_CONFIDENCE -> "expresses no confidence in";
            case ADOPT_LAW -> "adopts";
            case APPROVE_LAW -> "approves";
            case SIGN_LAW -> "signs";
            case RETURN_LAW -> "returns";
            case APPLY -> "applies to";
            case JOIN_PARTY -> "joins";
            case DETERMINE_STRUCTURE -> "determines the structure of";
            case FORM -> "forms";
            case LIFT_IMMUNITY -> "lifts the immunity of";
            case INVESTIGATE -> "organises the investigation of";
            case REJECT_LAW -> "rejects";
            case OVERRIDE_VETO -> "overcomes the President's objections to";
            case AMEND -> "amends";
            case CALL -> "calls";
            case PROPOSE -> "proposes";
            case DECLARE -> "declares";
            case REMOVE -> "removes from office";
            case REQUEST_DISMISSAL -> "asks for the dismissal of";
            case APPROVE -> "approves";
            case DECIDE -> "decides";
            case INITIATE_LAW -> "introduces a bill in";
            case SET_PRIORITY -> "requires priority consideration of";
            case HEAR -> "hears";
            case REQUEST_CONFIDENCE -> "puts the question of confidence in";
            case BRING_CHARGE -> "brings a charge of high treason against";
            case RESIGN -> "resigns from";
            case ISSUE -> "issues";
            case SUCCEED -> "takes over the powers of";
        };
        if (!plural) {
            return singular;
        }
        int space = singular.indexOf(' ');
        String first = space < 0 ? singular : singular.substring(0, space);
        String rest = space < 0 ? "" : singular.substring(space);
        if (first.endsWith("ies")) {
            first = first.substring(0, first.length() - 3) + "y";
        } else if (first.endsWith("sses") || first.endsWith("shes") || first.endsWith("ches") || first.endsWith("xes")) {
            first = first.substring(0, first.length() - 2);
        } else if (first.endsWith("s")) {
            first = first.substring(0, first.length() - 1);
        }
        return first + rest;
    }
}
