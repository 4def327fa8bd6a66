package kz.atazan.model;

/** The provision attaches a condition to the power: a consent, a proposal, a consultation, candidates, an opinion, a vote. */
public record Requirement(Condition condition) implements Finding {

    public static Requirement consentOf(Entity body) {
        return new Requirement(new Condition.Consent(body));
    }

    public static Requirement proposalBy(Entity proposer) {
        return new Requirement(new Condition.Proposal(proposer));
    }

    public static Requirement consultationWith(Entity body) {
        return new Requirement(new Condition.Consultation(body));
    }

    public static Requirement candidatesAtLeast(int count) {
        return new Requirement(new Condition.Candidates(count));
    }

    public static Requirement opinionOf(Entity body) {
        return new Requirement(new Condition.Opinion(body));
    }

    /** A vote of the body reaching the threshold, e.g. {@code voteOf(Entity.MAJILIS, Threshold.MAJORITY)}. */
    public static Requirement voteOf(Entity body, Threshold threshold) {
        return new Requirement(new Condition.Vote(body, threshold));
    }

    /** A referendum's turnout reaching the threshold of the citizens entitled to take part. */
    public static Requirement turnoutOf(Threshold threshold) {
        return new Requirement(new Condition.Turnout(threshold));
    }

    /** A referendum carried in at least the threshold of the regions. */
    public static Requirement regionsOf(Threshold threshold) {
        return new Requirement(new Condition.Regions(threshold));
    }

    /** An initiative of at least the threshold of the body's deputies. */
    public static Requirement initiativeOf(Entity body, Threshold threshold) {
        return new Requirement(new Condition.Initiative(body, threshold));
    }
}
