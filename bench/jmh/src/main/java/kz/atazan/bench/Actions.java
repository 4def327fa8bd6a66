package kz.atazan.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.atazan.model.Act;
import kz.atazan.model.Action;
import kz.atazan.model.Entity;

/**
 * The benchmark's actions: the President appointing five officials and dismissing four, with no
 * consent or with the Senate's, the Majilis's or the Kurultai's, on a day of each period (the 1995
 * text before 2022, as amended in 2022, the Constitution of 2026): 108 questions.
 */
final class Actions {

    static final int COUNT = 108;

    private Actions() {}

    static List<Action> all() {
        List<Action> actions = new ArrayList<>();
        Entity[] appointed = {Entity.PRIME_MINISTER, Entity.CHAIR_OF_NATIONAL_BANK, Entity.PROSECUTOR_GENERAL,
            Entity.CHAIR_OF_NATIONAL_SECURITY_COMMITTEE, Entity.CHAIR_OF_CONSTITUTIONAL_COURT};
        Entity[] dismissed = {Entity.AKIM_OF_DISTRICT, Entity.AKIM_OF_REGION, Entity.MINISTER, Entity.PRIME_MINISTER};
        Entity[] consents = {null, Entity.SENATE, Entity.MAJILIS, Entity.KURULTAI};
        for (String day : List.of("2021-05-01", "2023-07-01", "2027-03-01")) {
            LocalDate date = LocalDate.parse(day);
            for (Entity target : appointed) {
                for (Entity consent : consents) {
                    actions.add(with(Action.of(Entity.PRESIDENT, Act.APPOINT, target, date), consent));
                }
            }
            for (Entity target : dismissed) {
                for (Entity consent : consents) {
                    actions.add(with(Action.of(Entity.PRESIDENT, Act.DISMISS, target, date), consent));
                }
            }
        }
        if (actions.size() != COUNT) {
            throw new IllegalStateException(actions.size() + " actions, expected " + COUNT);
        }
        return actions;
    }

    private static Action with(Action a, Entity consent) {
        return consent == null ? a : a.with(b -> b.consent(consent, true));
    }
}
