package kz.atazan.model;

/** The provision attaches a condition to the power: a consent, a proposal, a consultation, a number of candidates. */
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
}
