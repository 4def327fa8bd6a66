package kz.atazan.engine;

import kz.atazan.model.Citation;

/** A rule's citation and where the rule is, so that a problem found with it can say where. */
interface PlacedRule {

    Citation citation();

    RuleProblem problem(String message);
}
