package kz.atazan.model;

/** The text leaves the answer open (to a statute, or to a wording the sources do not show): undetermined. */
public record OpenQuestion() implements Finding {
}
