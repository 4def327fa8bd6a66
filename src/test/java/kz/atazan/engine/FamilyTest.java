package kz.atazan.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import kz.atazan.audit.DecisionSpace;
import kz.atazan.model.Act;
import kz.atazan.model.Action;
import kz.atazan.model.Appointee;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Constitution;
import kz.atazan.model.Edition;
import kz.atazan.model.Effect;
import kz.atazan.model.Entity;
import kz.atazan.model.Family;
import kz.atazan.model.Ground;
import kz.atazan.model.Judgment;
import kz.atazan.model.Period;
import kz.atazan.model.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The families whose wordings before 2019 are modelled: what they declare and the days they are answered on. */
class FamilyTest {

    private static Engine engine;
    /** The actions some rule speaks to: surveyed once, for the families of bodies. */
    private static List<Action> spokenTo;

    @BeforeAll
    static void load() throws Exception {
        engine = new Engine(RuleBase.builtIn());
        spokenTo = DecisionSpace.spokenTo(engine);
    }

    /**
     * A rule of the 1995 Constitution that speaks to a family's action, on any day and under any
     * circumstance, cites a provision the family declares: else its wordings before 2019 would be
     * missing while the family is answered on those days. A family of the actions involving an office
     * is answered by the office's absence, which decides whatever else is said: the next test.
     */
    @Test
    void everyProvisionSpeakingToAFamilysActionIsDeclared() {
        List<String> undeclared = new ArrayList<>();
        for (Family family : Family.values()) {
            if (!family.offices().isEmpty()) {
                continue;
            }
            for (Action bare : actionsOf(family)) {
                Action everything = bare.with(b -> b.appointee(Appointee.NOTABLE).circumstances(Set.of(Circumstance.values())));
                for (Action action : List.of(bare, everything)) {
                    for (Fired fired : engine.fire(action, rule -> true).fired()) {
                        if (fired.citation().edition().constitution() == Constitution.OF_1995
                                && !family.provisions().containsKey(fired.citation().provision().toString())) {
                            undeclared.add(family + ": " + fired.rule() + " cites " + fired.citation().provision());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), undeclared);
    }

    /**
     * Each action involving an office some editions do not have is unconstitutional, by the office's
     * absence, on a day of each of the four editions before 2019 and on the first day of the 1995
     * Constitution: its family is answered from that day by the rules of the office's absence alone.
     */
    @Test
    void anOfficesFamilyIsAnsweredByItsAbsence() {
        List<String> wrong = new ArrayList<>();
        for (Family family : Family.values()) {
            if (family.offices().isEmpty()) {
                continue;
            }
            List<Action> actions = actionsOf(family);
            if (actions.isEmpty()) {
                wrong.add(family + ": no action some rule speaks to involves its bodies");
            }
            for (Action action : actions) {
                for (LocalDate day : List.of(LocalDate.of(1995, 8, 30), LocalDate.of(2000, 6, 1), LocalDate.of(2008, 6, 1),
                        LocalDate.of(2012, 6, 1), LocalDate.of(2018, 6, 1))) {
                    Judgment judgment = engine.judge(action.on(day));
                    boolean absent = judgment.reasons().stream().anyMatch(r -> r.decisive() && r.effect() == Effect.OFFICE_ABSENT);
                    if (judgment.verdict() != Verdict.UNCONSTITUTIONAL || !absent) {
                        wrong.add(family + ": " + action.on(day) + " " + judgment.verdict());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * The actions the family answers: every combination of its actors, acts and targets that is not a
     * family of bodies' (the absence decides those), or, for a family of the actions involving a body,
     * those some rule speaks to.
     */
    private static List<Action> actionsOf(Family family) {
        LocalDate day = LocalDate.of(2020, 1, 1);
        if (!family.offices().isEmpty()) {
            return spokenTo.stream().filter(family::holds).map(a -> a.on(day)).toList();
        }
        List<Action> actions = new ArrayList<>();
        for (Entity actor : family.actors()) {
            for (Act act : family.acts()) {
                for (Entity target : family.targets()) {
                    Action action = Action.of(actor, act, target, day);
                    if (Family.of(action).orElseThrow() == family) {
                        actions.add(action);
                    }
                }
            }
        }
        return actions;
    }

    /**
     * No action is two families' (a family of bodies aside, whose absence decides): else the declared
     * provisions of the one listed second would never be asked, and its clause in the README would
     * describe what another family answers.
     */
    @Test
    void noActionIsTwoFamilies() {
        Map<String, List<Family>> owners = new TreeMap<>();
        for (Family family : Family.values()) {
            for (Entity actor : family.actors()) {
                for (Act act : family.acts()) {
                    for (Entity target : family.targets()) {
                        Action action = Action.of(actor, act, target, LocalDate.of(2020, 1, 1));
                        if (Family.of(action).orElseThrow().offices().isEmpty()) {
                            owners.computeIfAbsent(actor + " " + act + " " + target, k -> new ArrayList<>()).add(family);
                        }
                    }
                }
            }
        }
        owners.values().removeIf(families -> families.size() == 1);
        assertEquals(Map.of(), owners);
    }

    /**
     * A provision declared by several families has one first wording: the build checks a provision's
     * wordings from the day of the first declaration it finds, so a second family declaring another
     * edition would be checked against a day that is not its own.
     */
    @Test
    void aProvisionDeclaredBySeveralFamiliesHasOneFirstWording() {
        Map<String, Set<Edition>> firsts = new TreeMap<>();
        for (Family family : Family.values()) {
            family.provisions().forEach((provision, edition) -> firsts.computeIfAbsent(provision, p -> new TreeSet<>()).add(edition));
        }
        firsts.values().removeIf(editions -> editions.size() == 1);
        assertEquals(Map.of(), firsts);
    }

    @Test
    void aFamilysActionIsAnsweredFromTheFirstDayOfTheConstitutionOf1995() {
        Action appoint = Action.of(Entity.PRESIDENT, Act.APPOINT, Entity.AKIM_OF_REGION, LocalDate.of(1995, 8, 30));
        assertEquals(new Period(Constitution.OF_1995.firstDay(), engine.catalogue().modelled().to()), engine.catalogue().modelled(appoint));
        assertTrue(engine.judge(appoint).verdict() != Verdict.UNDETERMINED);
        Ground.Outside before = (Ground.Outside) engine.judge(appoint.on(LocalDate.of(1995, 8, 29))).reasons().get(0).ground();
        assertEquals(Ground.Outside.Why.NO_CONSTITUTION, before.why());
    }

    @Test
    void anyOtherActionIsAnsweredFromTheTextOf2019() {
        // the President releasing the Chair of the Higher Judicial Council (no provision speaks to it until 8 June 2022): no family's action
        Action dismiss = Action.of(Entity.PRESIDENT, Act.DISMISS, Entity.CHAIR_OF_HIGHER_JUDICIAL_COUNCIL, LocalDate.of(2019, 3, 22));
        assertEquals(LocalDate.of(2019, 3, 23), engine.catalogue().modelled().from());
        assertEquals(engine.catalogue().modelled(), engine.catalogue().modelled(dismiss));
        Ground.Outside outside = (Ground.Outside) engine.judge(dismiss).reasons().get(0).ground();
        assertEquals(Ground.Outside.Why.BEFORE_MODELLED, outside.why());
    }

    /** Each provision a family declares has a wording in force on the first day the family declares for it. */
    @Test
    void everyDeclaredProvisionHasAWordingOnItsFirstDay() {
        List<String> missing = new ArrayList<>();
        for (Family family : Family.values()) {
            family.provisions().forEach((provision, first) -> {
                boolean found = engine.catalogue().citations().stream()
                        .anyMatch(c -> c.edition().constitution() == Constitution.OF_1995 && c.provision().toString().equals(provision)
                                && c.inForce().from().equals(first.effective()));
                if (!found) {
                    missing.add(family + ": " + provision + " from " + first.effective());
                }
            });
        }
        assertEquals(List.of(), missing);
    }
}
