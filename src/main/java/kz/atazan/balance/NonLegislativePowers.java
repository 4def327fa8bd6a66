package kz.atazan.balance;

import static kz.atazan.balance.Score.of;
import static kz.atazan.balance.Score.openIn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.atazan.model.Act;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Entity;

/** Shugart and Carey's (1992) non-legislative powers of the president, each decided by the engine's answers on a day. */
final class NonLegislativePowers {

    /** The circumstances that restrict a dissolution by frequency or by the point within a term. */
    static final List<Circumstance> FREQUENCY_OR_TERM = List.of(Circumstance.WITHIN_A_YEAR_OF_PREVIOUS_DISSOLUTION,
            Circumstance.LAST_SIX_MONTHS_OF_PRESIDENTIAL_TERM);

    private final Asker asker;

    NonLegislativePowers(Asker asker) {
        this.asker = asker;
    }

    private Answer ask(Question q, LocalDate date) {
        return asker.ask(q, date);
    }

    /**
     * Cabinet formation, read on the Prime Minister and on the members of the Government in general
     * (entity minister); the three ministers the text names apart are asked too and shown.
     */
    Score cabinetFormation(LocalDate date) {
        Answer premier = ask(Question.of(Entity.PRESIDENT, Act.APPOINT, Entity.PRIME_MINISTER), date);
        List<Answer> ministers = Organs.MINISTERS.stream().map(m -> ask(Question.of(Entity.PRESIDENT, Act.APPOINT, m), date)).toList();
        List<Answer> answers = new ArrayList<>();
        answers.add(premier);
        answers.addAll(ministers);
        Optional<Score> open = openIn(Item.CABINET_FORMATION, date, answers);
        if (open.isPresent()) {
            return open.get();
        }
        Answer minister = ministers.get(0);
        if (!premier.holds() && !minister.holds() || minister.needsProposalBy(Organs.LEGISLATURE_SET)) {
            return of(Item.CABINET_FORMATION, date, 0, "cabinet-formation.none", answers);
        }
        if (premier.needsConsentOf(Organs.LEGISLATURE_SET) && minister.needsProposalBy(Set.of(Entity.PRIME_MINISTER))) {
            return of(Item.CABINET_FORMATION, date, 1, "cabinet-formation.premier-invested-names-ministers", answers);
        }
        if (premier.needsConsentOf(Organs.LEGISLATURE_SET) || minister.needsConsentOf(Organs.LEGISLATURE_SET)) {
            return of(Item.CABINET_FORMATION, date, 3, "cabinet-formation.confirmed-by-assembly", answers);
        }
        return of(Item.CABINET_FORMATION, date, 4, "cabinet-formation.without-confirmation", answers);
    }

    /** Dismissal of the Prime Minister and the ministers: at will (4), on terms (2), not at all (0). */
    Score cabinetDismissal(LocalDate date) {
        List<Answer> answers = new ArrayList<>();
        answers.add(ask(Question.of(Entity.PRESIDENT, Act.DISMISS, Entity.PRIME_MINISTER), date));
        Organs.MINISTERS.forEach(m -> answers.add(ask(Question.of(Entity.PRESIDENT, Act.DISMISS, m), date)));
        Optional<Score> open = openIn(Item.CABINET_DISMISSAL, date, answers);
        if (open.isPresent()) {
            return open.get();
        }
        if (answers.stream().noneMatch(Answer::holds)) {
            return of(Item.CABINET_DISMISSAL, date, 0, "cabinet-dismissal.none", answers);
        }
        return answers.stream().allMatch(Answer::alone) ? of(Item.CABINET_DISMISSAL, date, 4, "cabinet-dismissal.at-will", answers)
                : of(Item.CABINET_DISMISSAL, date, 2, "cabinet-dismissal.restricted", answers);
    }

    /**
     * The legislature's no confidence in the Government: none (4); held, and the President may
     * dissolve the organ that censures (2); held with no dissolution to answer it (0).
     */
    Score censure(LocalDate date) {
        List<Answer> answers = new ArrayList<>();
        Question.each(Organs.DISSOLVABLE, Act.NO_CONFIDENCE, Entity.GOVERNMENT).forEach(q -> answers.add(ask(q, date)));
        List<Entity> censuring = answers.stream().filter(Answer::holds).map(a -> a.question().actor()).toList();
        List<Answer> dissolutions = censuring.stream().map(body -> ask(Question.of(Entity.PRESIDENT, Act.DISSOLVE, body), date)).toList();
        answers.addAll(dissolutions);
        Optional<Score> open = openIn(Item.CENSURE, date, answers);
        if (open.isPresent()) {
            return open.get();
        }
        if (censuring.isEmpty()) {
            return of(Item.CENSURE, date, 4, "censure.none", answers);
        }
        return dissolutions.stream().allMatch(Answer::holds) ? of(Item.CENSURE, date, 2, "censure.answered-by-dissolution", answers)
                : of(Item.CENSURE, date, 0, "censure.unrestricted", answers);
    }

    /**
     * Dissolution of the legislature: none (0); held, but barred within a year of the last one or
     * in the last months of the President's term (3); held with no such bar (4).
     */
    Score dissolution(LocalDate date) {
        List<Answer> answers = new ArrayList<>();
        List<Answer> held = new ArrayList<>();
        for (Entity body : Organs.DISSOLVABLE) {
            Answer bare = ask(Question.of(Entity.PRESIDENT, Act.DISSOLVE, body), date);
            answers.add(bare);
            if (bare.holds() || bare.open()) {
                held.add(bare);
                FREQUENCY_OR_TERM.forEach(c -> answers.add(ask(bare.question().in(c), date)));
            }
        }
        Optional<Score> open = openIn(Item.DISSOLUTION, date, answers);
        if (open.isPresent()) {
            return open.get();
        }
        if (held.isEmpty()) {
            return of(Item.DISSOLUTION, date, 0, "dissolution.none", answers);
        }
        boolean restricted = answers.stream().anyMatch(a -> !a.question().circumstances().isEmpty() && !a.holds());
        return restricted ? of(Item.DISSOLUTION, date, 3, "dissolution.restricted-frequency-or-term", answers)
                : of(Item.DISSOLUTION, date, 4, "dissolution.unrestricted", answers);
    }
}
