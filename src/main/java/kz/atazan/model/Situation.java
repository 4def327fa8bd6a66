package kz.atazan.model;

import java.util.Map;

/** An action with what the rules found about the bodies involved: their size on the action's date. */
public record Situation(Action action, Map<Entity, Integer> seats) {

    public Situation {
        seats = Map.copyOf(seats);
    }

    /** How many members to count a tally of the body against: its size in the text, else the tally's own count. */
    public int membersOf(Entity body, Tally tally) {
        return seats.getOrDefault(body, tally.of());
    }

    /** How many deputies a tally is counted against for the threshold: those who voted, or all the members. */
    public int countedOn(Entity body, Tally tally, Threshold threshold) {
        return threshold.countsThoseVoting() ? tally.of() : membersOf(body, tally);
    }
}
