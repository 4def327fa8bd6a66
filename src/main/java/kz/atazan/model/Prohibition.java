package kz.atazan.model;

/** The provision forbids the action as it stands (a bar, an incompatibility), whatever power exists. */
public record Prohibition() implements Finding {
}
