package kz.atazan.teaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.atazan.model.Act;
import kz.atazan.model.Action;
import kz.atazan.model.Appointee;
import kz.atazan.model.Entity;
import kz.atazan.model.Kind;
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
        for (Map.Entry<String, Object> e : kz.atazan.scenario.ActionFields.of(a).entrySet()) {
            parts.add(e.getKey() + ": " + e.getValue());
        }
        parts.add("date: " + a.date());
        return String.join(" · ", parts);
    }

    private static List<String> facts(Action a) {
        List<String> facts = new ArrayList<>();
        if (!a.consents().isEmpty()) {
            facts.add("The consent of " + names(a.consents()) + " has been obtained.");
        }
        if (a.proposedBy() != null) {
            facts.add((a.target().is(Kind.INSTRUMENT) ? "It has been presented or proposed by " : "The candidate has been proposed by ")
                    + name(a.proposedBy()) + ".");
        }
        if (!a.consulted().isEmpty()) {
            facts.add("Consultations have been held with " + names(a.consulted()) + ".");
        }
        if (a.candidates() != 1) {
            facts.add(a.candidates() + " candidates have been put forward.");
        }
        Appointee p = a.appointee();
        for (PersonFact fact : PersonFact.values()) {
            if (fact.holdsFor(p) && fact != PersonFact.TERMS_IN_A_ROW) {
                facts.add("The person is " + fact.words() + ".");
            }
        }
        if (p.termsInARow() > 0) {
            facts.add("The person has been elected President " + p.termsInARow() + " time" + (p.termsInARow() == 1 ? "" : "s") + " in a row.");
        }
        for (Map.Entry<Entity, Tally> v : a.votes().entrySet()) {
            facts.add(v.getValue().yes() + " of the " + v.getValue().of() + " members of " + name(v.getKey()) + " voted for it.");
        }
        if (a.initiative() != null) {
            facts.add(a.initiative().yes() + " of the " + a.initiative().of() + " deputies initiated it.");
        }
        if (!a.opinions().isEmpty()) {
            facts.add("The opinion of " + names(a.opinions()) + " has been obtained.");
        }
        a.circumstances().stream().sorted().forEach(c -> facts.add("At the time, " + WHEN.matcher(c.meaning()).replaceAll("") + "."));
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
