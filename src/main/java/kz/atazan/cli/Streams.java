package kz.atazan.cli;

import java.io.PrintStream;

/** Where a command writes: the streams {@link Main} was given. */
record Streams(PrintStream out, PrintStream err) {
}
