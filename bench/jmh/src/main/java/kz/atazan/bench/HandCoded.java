package kz.atazan.bench;

import java.time.LocalDate;
import kz.atazan.model.Act;
import kz.atazan.model.Action;
import kz.atazan.model.Entity;
import kz.atazan.model.Verdict;

/**
 * The limit the engine is measured against: the President's appointments and dismissals of the
 * benchmark written out by hand as plain Java, the way one would code them with no rules engine.
 * It answers only the benchmark's actions ({@link Actions}), and the benchmark checks, before it
 * measures, that it gives the engine's verdict on every one of them.
 */
final class HandCoded {

    private static final LocalDate REFORM_OF_2022 = LocalDate.of(2022, 6, 8);
    private static final LocalDate CONSTITUTIONAL_COURT = LocalDate.of(2023, 1, 1);
    private static final LocalDate CONSTITUTION_OF_2026 = LocalDate.of(2026, 7, 1);

    private HandCoded() {}

    static Verdict verdict(Action a) {
        boolean of2026 = !a.date().isBefore(CONSTITUTION_OF_2026);
        if (a.act() == Act.DISMISS) {
            // the President dismisses district akims at his discretion only before the reform of 2022
            return a.target() == Entity.AKIM_OF_DISTRICT && !a.date().isBefore(REFORM_OF_2022)
                    ? Verdict.UNCONSTITUTIONAL : Verdict.CONSTITUTIONAL;
        }
        return switch (a.target()) {
            case PRIME_MINISTER -> consented(a, of2026 ? Entity.KURULTAI : Entity.MAJILIS);
            case CHAIR_OF_NATIONAL_BANK, PROSECUTOR_GENERAL, CHAIR_OF_NATIONAL_SECURITY_COMMITTEE ->
                    of2026 ? Verdict.CONSTITUTIONAL : consented(a, Entity.SENATE);
            case CHAIR_OF_CONSTITUTIONAL_COURT -> a.date().isBefore(CONSTITUTIONAL_COURT) ? Verdict.UNCONSTITUTIONAL
                    : of2026 ? Verdict.CONSTITUTIONAL : consented(a, Entity.SENATE);
            default -> Verdict.UNDETERMINED;
        };
    }

    private static Verdict consented(Action a, Entity body) {
        return a.consents().contains(body) ? Verdict.CONSTITUTIONAL : Verdict.UNCONSTITUTIONAL;
    }
}
