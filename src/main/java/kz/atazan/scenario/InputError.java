package kz.atazan.scenario;

/** A problem in a scenario file or on the command line: where it is and what was expected. */
public record InputError(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
