package kz.atazan.teaching;

import kz.atazan.model.Action;

/** One exercise: an id the student answers under, and the action, on its date, to be judged. */
public record Question(String id, Action action) {
}
