package kz.atazan.balance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import kz.atazan.model.Citation;

/** The dataset as JSON: periods, each with the scales' totals, every item with its answers, and the President's appointments. */
public final class BalanceJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BalanceJson() {}

    public static String of(Balance balance) {
        ObjectNode root = JSON.createObjectNode();
        root.put("codebook", "docs/balance-codebook.md");
        ArrayNode scales = root.putArray("scales");
        for (Scale s : Scale.values()) {
            scales.addObject().put("scale", s.id()).put("source", s.source());
        }
        ArrayNode periods = root.putArray("periods");
        for (PeriodScores p : balance.periods()) {
            ObjectNode period = periods.addObject();
            period.put("from", p.period().from().toString());
            if (p.period().isOpen()) {
                period.putNull("to");
            } else {
                period.put("to", p.period().to().toString());
            }
            ObjectNode totals = period.putObject("totals");
            for (Total t : p.totals()) {
                totals.putObject(t.scale().id()).put("score", t.score()).put("decidedMax", t.decidedMax()).put("fullMax", t.fullMax())
                        .put("undetermined", t.undetermined());
            }
            ArrayNode items = period.putArray("items");
            for (Score s : p.scores()) {
                ObjectNode item = items.addObject().put("scale", s.item().scale().id()).put("item", s.item().id());
                if (s.value().isPresent()) {
                    item.put("score", s.value().get());
                } else {
                    item.putNull("score");
                }
                item.put("max", s.item().max()).put("basis", s.basis());
                answers(item.putArray("questions"), s.evidence());
            }
            ObjectNode appointments = period.putObject("appointments");
            answers(appointments.putArray("alone"), p.appointments().alone());
            answers(appointments.putArray("shared"), p.appointments().shared());
            answers(appointments.putArray("open"), p.appointments().open());
            ArrayNode organs = period.putArray("organs");
            for (OrganCounts.Count c : p.organs()) {
                organs.addObject().put("organ", c.organ().label()).put("alone", c.alone()).put("shared", c.shared())
                        .put("consents", c.consents());
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answers(ArrayNode array, List<Answer> answers) {
        for (Answer a : answers) {
            ObjectNode q = array.addObject();
            q.put("actor", a.question().actor().label()).put("act", a.question().act().label()).put("target", a.question().target().label());
            ArrayNode circumstances = q.putArray("circumstances");
            a.question().circumstances().stream().sorted().forEach(c -> circumstances.add(c.label()));
            q.put("holds", a.holds()).put("open", a.open()).put("verdict", a.verdict().label()).put("terms", a.terms());
            ArrayNode citations = q.putArray("citations");
            for (Citation c : a.citations()) {
                citations.addObject().put("rule", c.id()).put("provision", c.reference()).put("edition", c.edition().name())
                        .put("inForce", c.inForce().toString());
            }
        }
    }
}
