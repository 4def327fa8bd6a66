package kz.atazan.engine;

/** Something wrong with a rule file: where it is and what was expected. */
public record RuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
