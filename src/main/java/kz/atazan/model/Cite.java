package kz.atazan.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A provision a scenario expects among a verdict's reasons: {@code Art. 87(4)}, or with its
 * constitution, {@code Art. 89(4), Constitution of 2026} (the numbering changed in 2026).
 */
public record Cite(Provision provision, Optional<Constitution> constitution) {

    private static final Pattern WITH_CONSTITUTION = Pattern.compile("(?i)(.*?)\\s*(?:,\\s*(?:the\\s+)?constitution\\s+of\\s+|\\(\\s*)(1995|2026)\\s*\\)?\\s*");

    public static Optional<Cite> parse(String text) {
        Matcher m = WITH_CONSTITUTION.matcher(text);
        if (m.matches()) {
            Constitution constitution = m.group(2).equals("2026") ? Constitution.OF_2026 : Constitution.OF_1995;
            return Provision.parse(m.group(1)).map(p -> new Cite(p, Optional.of(constitution)));
        }
        return Provision.parse(text).map(p -> new Cite(p, Optional.empty()));
    }

    /** Whether a citation answers this one: the same provision or one within it, in the constitution named if any. */
    public boolean isAnsweredBy(Citation citation) {
        return citation.provision().fallsUnder(provision)
                && constitution.map(c -> c == citation.edition().constitution()).orElse(true);
    }

    @Override
    public String toString() {
        return provision + constitution.map(c -> ", " + c.properName()).orElse("");
    }
}
