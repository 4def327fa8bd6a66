package kz.atazan.engine;

import kz.atazan.model.Citation;
import kz.atazan.model.Finding;

/** What one rule concluded about an action, with the rule's citation. */
public record Conclusion(Citation citation, Finding finding) {
}
