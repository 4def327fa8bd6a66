package kz.atazan.model;

/** A fact about the moment of the action that a provision makes decisive. */
public enum Circumstance implements Named {
    STATE_OF_EMERGENCY("a state of emergency is in force"),
    MARTIAL_LAW("martial law is in force"),
    LAST_SIX_MONTHS_OF_PRESIDENTIAL_TERM("the President is in the last six months of his term"),
    WITHIN_A_YEAR_OF_PREVIOUS_DISSOLUTION("less than a year has passed since the previous dissolution"),
    MAJILIS_TERMINATED_EARLY("the Majilis is temporarily absent because its powers were terminated early"),
    LASTING_INCAPACITY("the President is lastingly unable to carry out his duties through illness"),
    HIGH_TREASON("the President is charged with high treason"),
    AGGRESSION("aggression against the Republic, or a direct external threat to its security"),
    SERIOUS_THREAT("a serious and immediate threat to the democratic institutions, independence, territorial integrity,"
            + " political stability or citizens' safety, disrupting the constitutional bodies"),
    CONCILIATION_FAILED("the Chambers' conciliation procedure did not resolve their disagreement"),
    SENATE_SILENT_SIXTY_DAYS("the Senate took no decision on the law within sixty days"),
    GOVERNMENT_BILL_NOT_PASSED("Parliament (from 2026 the Kurultai) did not pass a bill the Government introduced"),
    PRESIDENT_CONSIDERING_DISSOLUTION("the President is considering the early termination of the powers of Parliament or the Majilis (from 2026, of the Kurultai)"),
    TWO_READINGS_NOT_HELD("fewer than two readings were held"),
    KURULTAI_TERMINATED_EARLY("the Kurultai is temporarily absent because its powers were terminated early"),
    SECOND_REFUSAL("the Kurultai has refused the President's nominee (or to elect its Chair) for the second time"),
    ACTING_PRESIDENT("the President's powers are being exercised by his successor"),
    PRESIDENCY_VACANT("the office of President fell vacant early (death, resignation or removal)"),
    CUTS_REVENUE_OR_RAISES_SPENDING("the maslikhat's draft decision would reduce local budget revenue or increase local budget spending"),
    SENATE_REJECTED_BILL("the Senate rejected the bill as a whole and returned it to the Majilis (until 2022)"),
    CONFIDENCE_QUESTION_PUT("the Prime Minister has put the question of confidence in the Government to a joint sitting of the Chambers (from 2026, to a sitting of the Kurultai)"),
    GOVERNMENT_REPORT_NOT_APPROVED("Parliament (from 2026 the Kurultai) did not approve the Government's report on the execution of the republican budget"),
    REFERENDUM_PROPOSAL_REJECTED("the President rejected Parliament's proposal to put amendments to the Constitution to a referendum"),
    URGENT_GOVERNMENT_BILL("the Government introduced a bill to respond promptly to a threat to the population's life and health,"
            + " the constitutional order, public order or the country's economic security (from 2023)"),
    AT_JOINT_SITTING("Parliament decides at a joint sitting of its Chambers, not in separate sittings in turn (until 30 June 2026)"),
    NOT_COUNTERSIGNED("the law presented for the President's signature lacks a countersignature the text requires"
            + " (until 30 June 2026: of the Chair of each Chamber, Art. 45(3); from 2026: of the Chair of the Kurultai"
            + " and of the Prime Minister, Art. 47(3))"),
    SUCCESSORS_AHEAD_UNABLE("everyone ahead of the actor in the line of succession to the President cannot take over"
            + " the President's powers, or has refused them"),
    NO_CONFIDENCE_EXPRESSED("the Majilis or Parliament (from 2026, the Kurultai) has expressed no confidence in the Government"),
    NEW_LEGISLATURE_ELECTED("a newly elected Majilis (from 2026, a newly elected Kurultai) has begun its work"),
    NEW_PRESIDENT_ELECTED("a newly elected President has taken office"),
    BILL_CUTS_REVENUE_OR_RAISES_SPENDING("the bill would reduce state revenue or increase state spending"),
    RUN_OFF("the presidential election is the second round between the two candidates with the most votes, no candidate having won more than fifty per cent in the first"),
    PARLIAMENT_REFUSED_PRIME_MINISTER_TWICE("Parliament has twice refused its consent to the appointment of the Prime Minister (a ground for dissolving it until 2007)"),
    POLITICAL_CRISIS("a political crisis has resulted from insurmountable disagreements between the Chambers of Parliament, or between Parliament"
            + " and the other branches of state power (a ground for dissolving it until 2007)");

    private final String meaning;

    Circumstance(String meaning) {
        this.meaning = meaning;
    }

    @Override
    public String meaning() {
        return meaning;
    }

    @Override
    public String label() {
        return Names.label(this);
    }

    @Override
    public String toString() {
        return label();
    }
}
