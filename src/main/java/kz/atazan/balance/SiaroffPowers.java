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

/** Siaroff's (2003) nine dichotomous powers of the president, each decided by the engine's answers on a day. */
final class SiaroffPowers {

    /** The key offices of Siaroff's appointment item: the Prime Minister, senior judges, the military, the central bank, the prosecution. */
    static final List<Entity> KEY_OFFICES = List.of(Entity.PRIME_MINISTER, Entity.CHAIR_OF_NATIONAL_BANK, Entity.PROSECUTOR_GENERAL,
            Entity.CHAIR_OF_NATIONAL_SECURITY_COMMITTEE, Entity.CHAIR_OF_SUPREME_COURT, Entity.CHAIR_OF_CONSTITUTIONAL_COUNCIL,
            Entity.CHAIR_OF_CONSTITUTIONAL_COURT, Entity.SUPREME_COMMAND_OF_ARMED_FORCES);

    private final Asker asker;
    private final LegislativePowers legislative;
    private final NonLegislativePowers nonLegislative;

    SiaroffPowers(Asker asker, LegislativePowers legislative, NonLegislativePowers nonLegislative) {
        this.asker = asker;
        this.legislative = legislative;
        this.nonLegislative = nonLegislative;
    }

    private Answer ask(Question q, LocalDate date) {
        return asker.ask(q, date);
    }

    private static Score yesNo(Item item, LocalDate date, boolean yes, String basis, List<Answer> answers) {
        Optional<Score> open = openIn(item, date, answers);
        return open.orElseGet(() -> of(item, date, yes ? 1 : 0, basis + (yes ? ".yes" : ".no"), answers));
    }

    Score popularElection(LocalDate date) {
        Answer elect = ask(Question.of(Entity.VOTERS, Act.ELECT, Entity.PRESIDENT), date);
        return yesNo(Item.POPULAR_ELECTION, date, elect.holds(), "popular-election", List.of(elect));
    }

    /** The text sets terms of office, not election days; whether the elections fall together is not in the rules. */
    Score concurrentElection(LocalDate date) {
        return undetermined(Item.CONCURRENT_ELECTION, date, "concurrent-election.not-modelled", List.of());
    }

    /** At least one key office the President fills alone: no consent, proposal, vote or initiative of another organ. */
    Score discretionaryAppointments(LocalDate date) {
        List<Answer> answers = KEY_OFFICES.stream().map(o -> ask(Question.of(Entity.PRESIDENT, Act.APPOINT, o), date)).toList();
        boolean alone = answers.stream().anyMatch(a -> a.holds() && !a.needsAnotherOrgan() && !a.open());
        if (alone) {
            return of(Item.DISCRETIONARY_APPOINTMENTS, date, 1, "discretionary-appointments.yes", answers);
        }
        return yesNo(Item.DISCRETIONARY_APPOINTMENTS, date, false, "discretionary-appointments", answers);
    }

    /** No rule models who chairs the Government's sittings. */
    Score chairsCabinet(LocalDate date) {
        return undetermined(Item.CHAIRS_CABINET, date, "chairs-cabinet.not-modelled", List.of());
    }

    /** A veto that only more than a majority of the members overrides: Shugart and Carey's package veto at 2 or more. */
    Score veto(LocalDate date) {
        Score packageVeto = legislative.packageVeto(date);
        if (!packageVeto.determined()) {
            return undetermined(Item.VETO, date, packageVeto.basis(), packageVeto.evidence());
        }
        return of(Item.VETO, date, packageVeto.value().get() >= 2 ? 1 : 0, packageVeto.value().get() >= 2 ? "siaroff-veto.yes" : "siaroff-veto.no",
                packageVeto.evidence());
    }

    /** A decree with the force of law (in any circumstance), or the declaration of a state of emergency. */
    Score emergencyOrDecree(LocalDate date) {
        Score decree = legislative.decree(date);
        Question declare = Question.of(Entity.PRESIDENT, Act.DECLARE, Entity.STATE_OF_EMERGENCY);
        List<Answer> answers = new ArrayList<>(decree.evidence());
        answers.add(ask(declare, date));
        for (Circumstance c : Circumstance.values()) {
            Answer in = ask(declare.in(c), date);
            if (in.holds() || in.open()) {
                answers.add(in);
            }
        }
        boolean decrees = decree.value().filter(v -> v > 0).isPresent() || decree.basis().equals("decree.unrestricted-not-modelled");
        boolean emergency = answers.stream().anyMatch(a -> a.question().act() == Act.DECLARE && a.holds());
        return yesNo(Item.EMERGENCY_OR_DECREE, date, decrees || emergency, "emergency-or-decree", answers);
    }

    /** The rules model the appointment of diplomats, not who directs foreign policy. */
    Score foreignPolicy(LocalDate date) {
        return undetermined(Item.FOREIGN_POLICY, date, "foreign-policy.not-modelled", List.of());
    }

    /** The President appoints the Prime Minister (with or without the legislature's consent). */
    Score governmentFormation(LocalDate date) {
        Answer premier = ask(Question.of(Entity.PRESIDENT, Act.APPOINT, Entity.PRIME_MINISTER), date);
        return yesNo(Item.GOVERNMENT_FORMATION, date, premier.holds(), "government-formation", List.of(premier));
    }

    /** The President may dissolve the legislature or its lower chamber: Shugart and Carey's dissolution above 0. */
    Score dissolveLegislature(LocalDate date) {
        Score dissolution = nonLegislative.dissolution(date);
        if (!dissolution.determined()) {
            return undetermined(Item.DISSOLVE_LEGISLATURE, date, dissolution.basis(), dissolution.evidence());
        }
        boolean yes = dissolution.value().get() > 0;
        return of(Item.DISSOLVE_LEGISLATURE, date, yes ? 1 : 0, yes ? "dissolve-legislature.yes" : "dissolve-legislature.no",
                dissolution.evidence());
    }
}
