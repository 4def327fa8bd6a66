package kz.atazan.scenario;

import java.util.Arrays;
import java.util.List;

/**
 * The fields of a scenario file around its actions (scenario contract §1, §1.3), each with its
 * meaning: the reader, the help and the JSON Schema take them from here. The action's own fields
 * are {@link kz.atazan.model.ActionField}.
 */
public enum ScenarioField {
    FILE_TITLE(Level.FILE, "title", "a title for the file, shown in reports"),
    SCENARIOS(Level.FILE, "scenarios", "the list of scenarios"),
    ID(Level.SCENARIO, "id", "kebab-case, unique within the file"),
    TITLE(Level.SCENARIO, "title", "a sentence a law student would understand, shown in reports"),
    ACTION(Level.SCENARIO, "action", "the exercise of power: actor, act, target and the facts stated about it"),
    EXPECT(Level.SCENARIO, "expect", "the checks: the verdict expected on each date"),
    DATE(Level.CHECK, "date", "the day of the action: YYYY-MM-DD or DD.MM.YYYY, from " + InputLimits.FIRST_DAY.getYear()
            + " to " + InputLimits.LAST_DAY.getYear()),
    VERDICT(Level.CHECK, "verdict", "constitutional, unconstitutional or undetermined"),
    CITES(Level.CHECK, "cites", "provisions the reasons must cite, as lawyers write them, such as \"Art. 87(4)\""),
    FOR(Level.TALLY, "for", "how many members voted for it (or initiated it; for a referendum's turnout, how many citizens took part;"
            + " for its regions, in how many the amendments carried)"),
    OF(Level.TALLY, "of", "out of how many members (for a majority of those voting: how many voted; for a turnout: the citizens entitled"
            + " to take part; for regions: all the oblasts, cities of republican significance and the capital)");

    /** Where a field stands: the file, a scenario, a check, or a tally {for, of}. */
    public enum Level { FILE, SCENARIO, CHECK, TALLY }

    private final Level level;
    private final String key;
    private final String meaning;

    ScenarioField(Level level, String key, String meaning) {
        this.level = level;
        this.key = key;
        this.meaning = meaning;
    }

    public Level level() {
        return level;
    }

    public String key() {
        return key;
    }

    public String meaning() {
        return meaning;
    }

    /** The keys of one level, in order. */
    public static List<String> keys(Level level) {
        return Arrays.stream(values()).filter(f -> f.level == level).map(ScenarioField::key).toList();
    }
}
