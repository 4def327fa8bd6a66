package kz.atazan.model;

/** What the actor does to the target. */
public enum Act {
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
    INVESTIGATE("organise the investigation of a charge against the target");

    private final String meaning;

    Act(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    public String label() {
        return Names.label(this);
    }

    @Override
    public String toString() {
        return label();
    }
}
