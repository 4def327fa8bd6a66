package kz.atazan.balance;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kz.atazan.model.Citation;

/**
 * The dataset as CSV (RFC 4180, UTF-8, "\n" line ends): one row per period, item and question the
 * engine was asked, the item's score repeated on each of its rows; an item no question decides has
 * one row with the question's columns empty. The President's appointments are rows of the scale
 * "atazan", item "appointment-alone", "appointment-shared" or "appointment-open", one per office;
 * each organ's powers are rows "organ-alone", "organ-shared" and "organ-consents", the organ as actor.
 * The columns are documented in docs/balance-codebook.md and never renamed.
 */
public final class BalanceCsv {

    public static final List<String> COLUMNS = List.of("period_from", "period_to", "scale", "item", "score", "max", "basis",
            "actor", "act", "target", "circumstances", "holds", "open", "verdict", "terms", "provisions", "editions", "in_force",
            "rule_ids");

    private BalanceCsv() {}

    public static String of(Balance balance) {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (PeriodScores p : balance.periods()) {
            String from = p.period().from().toString();
            String to = p.period().isOpen() ? "" : p.period().to().toString();
            for (Score s : p.scores()) {
                String score = s.value().map(String::valueOf).orElse("");
                List<String> head = List.of(from, to, s.item().scale().id(), s.item().id(), score, String.valueOf(s.item().max()), s.basis());
                if (s.evidence().isEmpty()) {
                    csv.append(row(head, List.of("", "", "", "", "", "", "", "", "", "", "", ""))).append('\n');
                }
                for (Answer a : s.evidence()) {
                    csv.append(row(head, answer(a))).append('\n');
                }
            }
            Appointments ap = p.appointments();
            appointments(csv, from, to, "appointment-alone", ap.alone());
            appointments(csv, from, to, "appointment-shared", ap.shared());
            appointments(csv, from, to, "appointment-open", ap.open());
            for (OrganCounts.Count c : p.organs()) {
                organ(csv, from, to, "organ-alone", c.organ().label(), c.alone());
                organ(csv, from, to, "organ-shared", c.organ().label(), c.shared());
                organ(csv, from, to, "organ-consents", c.organ().label(), c.consents());
            }
        }
        return csv.toString();
    }

    private static void appointments(StringBuilder csv, String from, String to, String item, List<Answer> answers) {
        for (Answer a : answers) {
            List<String> head = List.of(from, to, "atazan", item, String.valueOf(answers.size()), "", "");
            csv.append(row(head, answer(a))).append('\n');
        }
    }

    private static void organ(StringBuilder csv, String from, String to, String item, String organ, int count) {
        List<String> head = List.of(from, to, "atazan", item, String.valueOf(count), "", "");
        csv.append(row(head, List.of(organ, "", "", "", "", "", "", "", "", "", "", ""))).append('\n');
    }

    static List<String> answer(Answer a) {
        List<Citation> c = a.citations();
        return List.of(a.question().actor().label(), a.question().act().label(), a.question().target().label(),
                a.question().circumstanceLabels(), String.valueOf(a.holds()), String.valueOf(a.open()), a.verdict().label(), a.terms(),
                c.stream().map(Citation::reference).collect(Collectors.joining(" | ")),
                c.stream().map(x -> x.edition().name()).collect(Collectors.joining(" | ")),
                c.stream().map(x -> x.inForce().toString()).collect(Collectors.joining(" | ")),
                c.stream().map(Citation::id).collect(Collectors.joining(" | ")));
    }

    private static String row(List<String> head, List<String> tail) {
        List<String> cells = new ArrayList<>(head);
        cells.addAll(tail);
        return cells.stream().map(BalanceCsv::cell).collect(Collectors.joining(","));
    }

    private static String cell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
