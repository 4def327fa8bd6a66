package kz.atazan.model;

/** The provision in force gives this power to someone else or to no one: the actor does not have it. */
public record Denial() implements Finding {
}
