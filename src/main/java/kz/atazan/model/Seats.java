package kz.atazan.model;

/**
 * The number of deputies a body has on the action's date, as the text fixes it (the Majilis: 107,
 * then 98). Votes are counted against it. It bears on no verdict by itself.
 */
public record Seats(Entity body, int count) implements Finding {
}
