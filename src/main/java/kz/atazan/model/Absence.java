package kz.atazan.model;

/** The organ or office did not exist on the action's date (not yet created, or already abolished). */
public record Absence(Entity institution) implements Finding {
}
