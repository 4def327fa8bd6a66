package kz.atazan.model;

/** The provision gives the actor this power over the target. */
public record Grant() implements Finding {
}
