package kz.atazan.scenario;

import java.util.List;

/** A scenario file as read: its path as shown to the user, its title and its valid scenarios. */
public record ScenarioFile(String path, String title, List<Scenario> scenarios) {

    public ScenarioFile {
        scenarios = List.copyOf(scenarios);
    }
}
