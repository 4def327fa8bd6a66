package kz.atazan.model;

/** A condition a provision attaches to a power, and whether an action meets it. */
public sealed interface Condition {

    boolean isMetBy(Action action);

    /** One clause a student can read, for an action that meets the condition or not. */
    String describe(Action action);

    record Consent(Entity of) implements Condition {
        @Override
        public boolean isMetBy(Action action) {
            return action.consents().contains(of);
        }

        @Override
        public String describe(Action action) {
            return "the consent of " + of.meaning() + (isMetBy(action) ? " was obtained" : " was not obtained");
        }
    }

    record Proposal(Entity by) implements Condition {
        @Override
        public boolean isMetBy(Action action) {
            return action.proposedBy() == by;
        }

        @Override
        public String describe(Action action) {
            return "the candidate " + (isMetBy(action) ? "was" : "was not") + " proposed by " + by.meaning();
        }
    }

    record Consultation(Entity with) implements Condition {
        @Override
        public boolean isMetBy(Action action) {
            return action.consulted().contains(with);
        }

        @Override
        public String describe(Action action) {
            return (isMetBy(action) ? "consultations were held with " : "no consultations were held with ") + with.meaning();
        }
    }

    record Candidates(int atLeast) implements Condition {
        @Override
        public boolean isMetBy(Action action) {
            return action.candidates() >= atLeast;
        }

        @Override
        public String describe(Action action) {
            int put = action.candidates();
            String count = put + (put == 1 ? " candidate was" : " candidates were");
            return isMetBy(action)
                    ? count + " put forward (at least " + atLeast + " required)"
                    : "only " + count + " put forward; at least " + atLeast + " are required";
        }
    }
}
