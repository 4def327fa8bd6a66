package kz.atazan.model;

/** What the actor does to the target. */
public enum Act implements Named {
    APPOINT("fill an office by appointment"),
    DISMISS("remove the holder of an office"),
    NOMINATE("put forward a candidate to the body that elects or consents"),
    CONSENT("give consent to another organ's appointment"),
    ELECT("fill an office by a vote of the electing body"),
    DISSOLVE("dissolve a body or end its powers early"),
    REVOKE_ACT("cancel or suspend an act (decision, order) of the target"),
    RECALL("recall the holder of an office or a mandate"),
    NO_CONFIDENCE("express no confidence in the target"),
    ADOPT_LAW("adopt a law (the decisive vote of the legislature)"),
    APPROVE_LAW("approve a law adopted by the other Chamber"),
    SIGN_LAW("sign a law"),
    RETURN_LAW("return a law, or some of its articles, for another vote"),
    APPLY("apply to the target court"),
    JOIN_PARTY("become a member of a political party"),
    DETERMINE_STRUCTURE("determine the structure of the target body"),
    FORM("form (set up) the target body"),
    LIFT_IMMUNITY("consent to the arrest or prosecution of the office holder, lifting immunity"),
    INVESTIGATE("organise the investigation of a charge against the target"),
    REJECT_LAW("reject a bill outright"),
    OVERRIDE_VETO("overcome the President's objections to a law"),
    AMEND("amend or add to the target (the Constitution)"),
    CALL("call, set or announce an election or a referendum; convene a session of the legislature (the target is the legislature)"),
    PROPOSE("propose the target to the body that decides it (an amendment, a referendum, a deployment; an extraordinary session of the legislature, the target being the legislature)"),
    DECLARE("declare a state of emergency, martial law or mobilisation"),
    REMOVE("remove the target (the President) from office before the end of the term"),
    REQUEST_DISMISSAL("ask the President or a higher akim to dismiss the target"),
    APPROVE("approve a report, a budget, a plan or a programme"),
    DECIDE("decide a question (of war and peace, of using the Armed Forces)"),
    INITIATE_LAW("introduce a bill (legislative initiative)"),
    SET_PRIORITY("require a bill to be considered first, within two months"),
    HEAR("hear a report or a message"),
    REQUEST_CONFIDENCE("put the question of confidence in the Government"),
    BRING_CHARGE("bring a charge (of high treason) against the target"),
    ISSUE("issue an act (a decree with the force of law)"),
    SUCCEED("take over the powers of the President when the office falls vacant early"),
    RESIGN("resign from office of one's own will (the target is the office left)"),
    ACCEPT_RESIGNATION("accept the target's resignation (the Government's, the Prime Minister's or a minister's; from 2026 also the Chair of the Kurultai's, by the Kurultai's vote)"),
    DECLINE_RESIGNATION("decline the target's resignation and instruct it to go on with its duties"),
    LAY_DOWN_POWERS("lay down the target's powers before a newly elected legislature (the Government before a new Majilis, from 2026 a new Kurultai)");

    private final String meaning;

    Act(String meaning) {
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
