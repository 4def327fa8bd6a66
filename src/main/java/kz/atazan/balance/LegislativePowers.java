package kz.atazan.balance;

import static kz.atazan.balance.Score.of;
import static kz.atazan.balance.Score.openIn;
import static kz.atazan.balance.Score.undetermined;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.atazan.model.Act;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Entity;
import kz.atazan.model.Threshold;

/** Shugart and Carey's (1992) legislative powers of the president, each decided by the engine's answers on a day. */
final class LegislativePowers {

    private final Asker asker;

    LegislativePowers(Asker asker) {
        this.asker = asker;
    }

    private Answer ask(Question q, LocalDate date) {
        return asker.ask(q, date);
    }

    /** The President's return of a law, and the legislature's override of it (whichever organ holds it on the day). */
    private List<Answer> veto(LocalDate date) {
        List<Answer> answers = new ArrayList<>();
        answers.add(ask(Question.of(Entity.PRESIDENT, Act.RETURN_LAW, Entity.LAW), date));
        Question.each(Organs.LEGISLATURE, Act.OVERRIDE_VETO, Entity.LAW).forEach(q -> answers.add(ask(q, date)));
        return answers;
    }

    /** The largest vote an override held on the day needs; empty when no organ holds an override. */
    private static Optional<Threshold> override(List<Answer> veto) {
        return veto.subList(1, veto.size()).stream().filter(Answer::holds).map(a -> a.largestVote().orElse(Threshold.MAJORITY_OF_THOSE_VOTING))
                .max(Shares.ORDER);
    }

    Score packageVeto(LocalDate date) {
        List<Answer> veto = veto(date);
        Optional<Score> open = openIn(Item.PACKAGE_VETO, date, veto);
        if (open.isPresent()) {
            return open.get();
        }
        if (!veto.get(0).holds()) {
            return of(Item.PACKAGE_VETO, date, 0, "veto.none", veto);
        }
        Optional<Threshold> override = override(veto);
        if (override.isEmpty()) {
            return of(Item.PACKAGE_VETO, date, 4, "veto.no-override", veto);
        }
        int againstTwoThirds = Shares.compare(override.get(), Threshold.TWO_THIRDS);
        if (againstTwoThirds > 0) {
            return of(Item.PACKAGE_VETO, date, 3, "veto.override-above-two-thirds", veto);
        }
        if (againstTwoThirds == 0) {
            return of(Item.PACKAGE_VETO, date, 2, "veto.override-two-thirds", veto);
        }
        if (Shares.compare(override.get(), Threshold.MAJORITY) >= 0) {
            return of(Item.PACKAGE_VETO, date, 1, "veto.override-absolute-majority", veto);
        }
        return of(Item.PACKAGE_VETO, date, 0, "veto.override-simple-majority", veto);
    }

    /**
     * The act return-law is the return of "a law, or some of its articles" (the vocabulary), so the
     * same answers decide the partial veto, read on its own table.
     */
    Score partialVeto(LocalDate date) {
        List<Answer> veto = veto(date);
        Optional<Score> open = openIn(Item.PARTIAL_VETO, date, veto);
        if (open.isPresent()) {
            return open.get();
        }
        if (!veto.get(0).holds()) {
            return of(Item.PARTIAL_VETO, date, 0, "partial-veto.none", veto);
        }
        Optional<Threshold> override = override(veto);
        if (override.isEmpty()) {
            return of(Item.PARTIAL_VETO, date, 4, "partial-veto.no-override", veto);
        }
        if (Shares.compare(override.get(), Threshold.MAJORITY) > 0) {
            return of(Item.PARTIAL_VETO, date, 3, "partial-veto.override-extraordinary", veto);
        }
        if (override.get() == Threshold.MAJORITY) {
            return of(Item.PARTIAL_VETO, date, 2, "partial-veto.override-absolute-majority", veto);
        }
        return of(Item.PARTIAL_VETO, date, 1, "partial-veto.override-simple-majority", veto);
    }

    /**
     * Decrees with the force of law: none (0); held only in a circumstance the text names, such as
     * the legislature's absence (1, "limited"). A decree power held without a circumstance would
     * need the text's rules on its duration and rescission, which the rules do not model.
     */
    Score decree(LocalDate date) {
        Question issue = Question.of(Entity.PRESIDENT, Act.ISSUE, Entity.DECREE_WITH_FORCE_OF_LAW);
        List<Answer> answers = new ArrayList<>();
        answers.add(ask(issue, date));
        for (Circumstance c : Circumstance.values()) {
            Answer in = ask(issue.in(c), date);
            if (in.holds() || in.open()) {
                answers.add(in);
            }
        }
        Optional<Score> open = openIn(Item.DECREE, date, answers);
        if (open.isPresent()) {
            return open.get();
        }
        if (answers.get(0).holds()) {
            return undetermined(Item.DECREE, date, "decree.unrestricted-not-modelled", answers);
        }
        if (answers.size() > 1) {
            return of(Item.DECREE, date, 1, "decree.limited", answers);
        }
        return of(Item.DECREE, date, 0, "decree.none", answers);
    }

    /** No rule says which bills only the President may introduce, or how the legislature may amend them. */
    Score exclusiveIntroduction(LocalDate date) {
        return undetermined(Item.EXCLUSIVE_INTRODUCTION, date, "exclusive-introduction.not-modelled",
                List.of(ask(Question.of(Entity.PRESIDENT, Act.INITIATE_LAW, Entity.LAW), date)));
    }

    /** The rules model the report on the budget's execution, not the budget's preparation and amendment. */
    Score budget(LocalDate date) {
        return undetermined(Item.BUDGET, date, "budget.not-modelled", List.of());
    }

    /** The President's decision to hold a republican referendum: alone (4), on another organ's terms (2), none (0). */
    Score referendum(LocalDate date) {
        Answer call = ask(Question.of(Entity.PRESIDENT, Act.CALL, Entity.REFERENDUM), date);
        List<Answer> answers = List.of(call);
        Optional<Score> open = openIn(Item.REFERENDUM, date, answers);
        if (open.isPresent()) {
            return open.get();
        }
        if (!call.holds()) {
            return of(Item.REFERENDUM, date, 0, "referendum.none", answers);
        }
        return call.needsAnotherOrgan() ? of(Item.REFERENDUM, date, 2, "referendum.restricted", answers)
                : of(Item.REFERENDUM, date, 4, "referendum.unrestricted", answers);
    }
}
