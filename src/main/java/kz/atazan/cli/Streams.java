package kz.atazan.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** Where a command reads and writes: the streams {@link Main} was given. */
record Streams(InputStream in, PrintStream out, PrintStream err) {
}
