package kz.atazan.balance;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Scores every item of every scale on a day, from the engine's answers. */
public final class Scoring {

    private final LegislativePowers legislative;
    private final NonLegislativePowers nonLegislative;
    private final SiaroffPowers siaroff;

    public Scoring(Asker asker) {
        this.legislative = new LegislativePowers(asker);
        this.nonLegislative = new NonLegislativePowers(asker);
        this.siaroff = new SiaroffPowers(asker, legislative, nonLegislative);
    }

    public List<Score> on(LocalDate date) {
        return Arrays.stream(Item.values()).map(i -> score(i, date)).toList();
    }

    public Score score(Item item, LocalDate date) {
        return switch (item) {
            case PACKAGE_VETO -> legislative.packageVeto(date);
            case PARTIAL_VETO -> legislative.partialVeto(date);
            case DECREE -> legislative.decree(date);
            case EXCLUSIVE_INTRODUCTION -> legislative.exclusiveIntroduction(date);
            case BUDGET -> legislative.budget(date);
            case REFERENDUM -> legislative.referendum(date);
            case CABINET_FORMATION -> nonLegislative.cabinetFormation(date);
            case CABINET_DISMISSAL -> nonLegislative.cabinetDismissal(date);
            case CENSURE -> nonLegislative.censure(date);
            case DISSOLUTION -> nonLegislative.dissolution(date);
            case POPULAR_ELECTION -> siaroff.popularElection(date);
            case CONCURRENT_ELECTION -> siaroff.concurrentElection(date);
            case DISCRETIONARY_APPOINTMENTS -> siaroff.discretionaryAppointments(date);
            case CHAIRS_CABINET -> siaroff.chairsCabinet(date);
            case VETO -> siaroff.veto(date);
            case EMERGENCY_OR_DECREE -> siaroff.emergencyOrDecree(date);
            case FOREIGN_POLICY -> siaroff.foreignPolicy(date);
            case GOVERNMENT_FORMATION -> siaroff.governmentFormation(date);
            case DISSOLVE_LEGISLATURE -> siaroff.dissolveLegislature(date);
        };
    }
}
