package kz.atazan.engine;

import kz.atazan.model.Citation;
import kz.atazan.text.Sentence;

/** A rule's citation and where the rule is, so that a problem found with it can say where. */
interface PlacedRule {

    Citation citation();

    RuleProblem problem(Sentence message);
}
