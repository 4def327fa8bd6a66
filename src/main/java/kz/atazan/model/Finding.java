package kz.atazan.model;

/**
 * What one rule concludes about the action in front of it. Rules insert findings; they never
 * decide the verdict themselves: the engine weighs all findings together (scenario contract §1.4).
 */
public sealed interface Finding permits Grant, Requirement, Prohibition, Denial, Absence, OpenQuestion, Seats {
}
