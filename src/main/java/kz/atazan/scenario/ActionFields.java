package kz.atazan.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.atazan.model.Action;
import kz.atazan.model.Appointee;
import kz.atazan.model.Entity;
import kz.atazan.model.Tally;

/**
 * An action written back as a scenario file writes it (contract §1.1, §3.1): the inverse of
 * {@link ScenarioReader#parseAction}. Only fields that differ from their defaults are written.
 */
public final class ActionFields {

    private ActionFields() {}

    /** The action's fields in the order of the contract; the date is not among them (a check gives it). */
    public static Map<String, Object> of(Action a) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("actor", a.actor().label());
        fields.put("act", a.act().label());
        fields.put("target", a.target().label());
        putList(fields, "consents", labels(a.consents()));
        if (a.proposedBy() != null) {
            fields.put("proposedBy", a.proposedBy().label());
        }
        putList(fields, "consulted", labels(a.consulted()));
        if (a.candidates() != 1) {
            fields.put("candidates", a.candidates());
        }
        Map<String, Object> person = appointee(a.appointee());
        if (!person.isEmpty()) {
            fields.put("appointee", person);
        }
        putList(fields, "circumstances", a.circumstances().stream().map(Object::toString).sorted().toList());
        if (!a.votes().isEmpty()) {
            Map<String, Object> votes = new LinkedHashMap<>();
            a.votes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(v -> votes.put(v.getKey().label(), tally(v.getValue())));
            fields.put("votes", votes);
        }
        if (a.initiative() != null) {
            fields.put("initiative", tally(a.initiative()));
        }
        putList(fields, "opinions", labels(a.opinions()));
        return fields;
    }

    private static Map<String, Object> appointee(Appointee p) {
        Map<String, Object> facts = new LinkedHashMap<>();
        putTrue(facts, "closeRelativeOfPresident", p.closeRelativeOfPresident());
        putTrue(facts, "partyMember", p.partyMember());
        putTrue(facts, "firstPresident", p.firstPresident());
        if (p.termsInARow() > 0) {
            facts.put("termsInARow", p.termsInARow());
        }
        putTrue(facts, "electedUnderOneTermRule", p.electedUnderOneTermRule());
        putTrue(facts, "heldThisOfficeBefore", p.heldThisOfficeBefore() && !p.heldThisOfficeSince2026());
        putTrue(facts, "heldThisOfficeSince2026", p.heldThisOfficeSince2026());
        return facts;
    }

    private static void putTrue(Map<String, Object> map, String key, boolean value) {
        if (value) {
            map.put(key, true);
        }
    }

    private static void putList(Map<String, Object> map, String key, List<String> values) {
        if (!values.isEmpty()) {
            map.put(key, values);
        }
    }

    private static List<String> labels(Collection<Entity> entities) {
        return new ArrayList<>(entities.stream().map(Entity::label).sorted().toList());
    }

    private static Map<String, Object> tally(Tally t) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("for", t.yes());
        map.put("of", t.of());
        return map;
    }
}
