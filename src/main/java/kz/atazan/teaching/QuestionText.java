package kz.atazan.teaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.atazan.model.ActionField;
import kz.atazan.model.Action;
import kz.atazan.model.Appointee;
import kz.atazan.model.Entity;
import kz.atazan.model.Language;
import kz.atazan.model.PersonField;
import kz.atazan.model.Tally;
import kz.atazan.text.Sentence;
import kz.atazan.text.Words;

/**
 * A question as a student reads it, in a language: one sentence of who does what to whom on which
 * day, then a sentence for each fact the action states, in the order of the field table. Names come
 * from the names tables, which carry no notes of when an organ existed (they would give the answer away).
 */
public final class QuestionText {

    /** What a question leaves unsaid, said once at the top of a sheet (in English). */
    public static final String DEFAULTS = defaults(Words.in(Language.EN));

    private QuestionText() {}

    /** What a question leaves unsaid, in a language. */
    public static String defaults(Words words) {
        return words.say("question.defaults");
    }

    public static String of(Action a) {
        return of(a, Words.in(Language.EN));
    }

    public static String of(Action a, Words words) {
        return statement(a, words) + " " + words.say("question.ask");
    }

    /** The action stated, without the question asked of it: who does what to whom on which day, and its facts. */
    public static String statement(Action a, Words words) {
        List<String> sentences = new ArrayList<>();
        sentences.add(words.say("question.action", "date", a.date(), "actor", a.actor(), "does", words.act(a, "does")));
        sentences.addAll(facts(a, words));
        return String.join(" ", sentences);
    }

    /** The same action in the words of a scenario file: "actor: president · act: dismiss · target: akim-of-district". */
    public static String fields(Action a) {
        List<String> parts = new ArrayList<>();
        kz.atazan.scenario.ActionFields.of(a).forEach((key, value) -> parts.add(key + ": " + kz.atazan.scenario.ActionFields.flow(value)));
        parts.add("date: " + a.date());
        return String.join(" · ", parts);
    }

    /** One sentence (or several) for each field the action states beyond actor, act and target. */
    private static List<String> facts(Action a, Words words) {
        List<String> facts = new ArrayList<>();
        for (ActionField field : ActionField.values()) {
            if (!field.required() && field.isStatedIn(a)) {
                facts.addAll(sentences(field, a, words));
            }
        }
        return facts;
    }

    private static List<String> sentences(ActionField field, Action a, Words words) {
        return switch (field) {
            case ACTOR, ACT, TARGET -> List.of();
            case CONSENTS -> List.of(words.say("question.fact.consents", "names", words.names(a.consents())));
            case PROPOSED_BY -> List.of(words.say("question.fact.proposedBy", "name", a.proposedBy(), "subject", Words.proposalSubject(a)));
            case CONSULTED -> List.of(words.say("question.fact.consulted", "names", words.names(a.consulted())));
            case CANDIDATES -> List.of(words.say("question.fact.candidates", "n", a.candidates()));
            case APPOINTEE -> person(a.appointee(), words);
            case CIRCUMSTANCES -> a.circumstances().stream().sorted().map(c -> words.say("question.fact.circumstances", "circumstance", c)).toList();
            case VOTES -> a.votes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(v -> tally(words, v.getKey() == Entity.VOTERS ? "question.fact.votes.voters" : "question.fact.votes", v.getValue(), "body", v.getKey())).toList();
            case INITIATIVE -> List.of(tally(words, "question.fact.initiative", a.initiative()));
            case OPINIONS -> List.of(words.say("question.fact.opinions", "names", words.names(a.opinions())));
            case TURNOUT -> List.of(tally(words, "question.fact.turnout", a.turnout()));
            case REGIONS -> List.of(tally(words, "question.fact.regions", a.regions()));
        };
    }

    private static List<String> person(Appointee p, Words words) {
        List<String> facts = new ArrayList<>();
        for (PersonField fact : PersonField.values()) {
            if (fact.holdsFor(p) && !fact.isCount()) {
                facts.add(words.say("question.fact.person", "fact", words.person(fact.key()), "code", fact.key()));
            }
        }
        if (p.termsInARow() > 0) {
            facts.add(words.say("question.fact.termsInARow", "n", p.termsInARow()));
        }
        return facts;
    }

    /** A fact that is a tally: its two counts, digits grouped, and any other values of the sentence. */
    private static String tally(Words words, String key, Tally tally, Object... more) {
        Object[] values = new Object[4 + more.length];
        values[0] = "yes";
        values[1] = new Sentence.Grouped(tally.yes());
        values[2] = "of";
        values[3] = new Sentence.Grouped(tally.of());
        System.arraycopy(more, 0, values, 4, more.length);
        return words.say(key, values);
    }
}
