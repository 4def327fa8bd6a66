package kz.atazan.teaching;

import java.util.ArrayList;
import java.util.List;
import kz.atazan.model.Act;
import kz.atazan.model.Citation;
import kz.atazan.model.Entity;
import kz.atazan.model.Verdict;

/**
 * One power on a date: who may do what to whom, on which terms, barred when, on which provisions.
 *
 * @param verdict constitutional once its terms are met, or undetermined when the text leaves it open
 * @param grounds the provisions that give the power
 * @param terms the conditions attached (a consent, a proposal, a vote, ...) and any circumstance it needs
 * @param bars the circumstances and facts about the person that forbid it
 * @param open the provisions that leave it open
 */
record Power(Entity actor, Act act, Entity target, Verdict verdict, List<Citation> grounds, List<Step> terms, List<Step> bars,
        List<Citation> open) {

    Power {
        grounds = List.copyOf(grounds);
        terms = List.copyOf(terms);
        bars = List.copyOf(bars);
        open = List.copyOf(open);
    }

    /** Who, what, whom: the key two maps are compared on. */
    String key() {
        return actor.label() + " " + act.label() + " " + target.label();
    }

    /** What a student must know to exercise it: its terms and bars, in words, without the provisions. */
    List<String> termWords(kz.atazan.text.Words said) {
        List<String> words = new ArrayList<>();
        terms.forEach(s -> words.add(s.change().term(said)));
        bars.forEach(s -> words.add(s.change().term(said)));
        if (verdict == Verdict.UNDETERMINED) {
            words.add("undetermined: the text leaves it open");
        }
        return words;
    }

    /** Every provision the power rests on: grounds, terms, bars and open questions. */
    List<Citation> citations() {
        List<Citation> all = new ArrayList<>(grounds);
        terms.forEach(s -> s.provisions().forEach(c -> addNew(all, c)));
        bars.forEach(s -> s.provisions().forEach(c -> addNew(all, c)));
        open.forEach(c -> addNew(all, c));
        return all;
    }

    private static void addNew(List<Citation> list, Citation c) {
        if (!list.contains(c)) {
            list.add(c);
        }
    }
}
