package kz.atazan.teaching;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.atazan.model.Citation;

/**
 * How one provision cited on either of two dates differs between them: its wording, its in-force
 * window, or whether it applies at all (the 2026 text has other article numbers).
 *
 * @param provision as lawyers write it, with its constitution: "Art. 87(4), Constitution of 1995"
 */
record WordingChange(String provision, List<Citation> before, List<Citation> after) {

    WordingChange {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** The kind of change, as a code: now-applies, no-longer-applies, changed, window-changed, new-same-words (messages: wording.*). */
    String kind() {
        if (before.isEmpty()) {
            return "now-applies";
        }
        if (after.isEmpty()) {
            return "no-longer-applies";
        }
        Set<String> was = before.stream().map(Citation::quote).collect(Collectors.toSet());
        Set<String> is = after.stream().map(Citation::quote).collect(Collectors.toSet());
        if (!was.equals(is)) {
            return "changed";
        }
        // a quote is an excerpt: a new edition may have changed words around it
        boolean sameEditions = before.stream().map(Citation::edition).collect(Collectors.toSet())
                .equals(after.stream().map(Citation::edition).collect(Collectors.toSet()));
        return sameEditions ? "window-changed" : "new-same-words";
    }
}
