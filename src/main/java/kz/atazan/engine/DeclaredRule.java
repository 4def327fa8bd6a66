package kz.atazan.engine;

import kz.atazan.model.Citation;

/** A rule as written in a DRL file: where it is, and the citation its metadata declares. */
record DeclaredRule(String file, int line, String packageName, String name, Citation citation) implements PlacedRule {

    @Override
    public RuleProblem problem(String message) {
        return new RuleProblem(file, line, "rule \"" + name + "\": " + message);
    }
}
