package kz.atazan.engine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.atazan.model.Action;
import kz.atazan.model.Constitution;
import kz.atazan.model.Effect;
import kz.atazan.model.Finding;
import kz.atazan.model.Judgment;
import kz.atazan.model.Period;
import kz.atazan.model.Reason;
import kz.atazan.model.Verdict;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * Answers whether one action is constitutional on its date. The action's date is the only clock:
 * a rule fires only if the action's date lies in the rule's {@code @inForce} window, so each
 * wording of a provision answers exactly for the days it was in force.
 */
public final class Engine {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final RuleBase rules;

    public Engine(RuleBase rules) {
        this.rules = rules;
    }

    public Judgment judge(Action action) {
        Period modelled = rules.catalogue().modelled();
        if (!modelled.contains(action.date())) {
            return new Judgment(action, Verdict.UNDETERMINED, List.of(outsideTheModel(action.date(), modelled)));
        }
        return Judge.decide(action, conclusionsOn(action));
    }

    public RuleCatalogue catalogue() {
        return rules.catalogue();
    }

    private List<Conclusion> conclusionsOn(Action action) {
        List<Conclusion> conclusions = new ArrayList<>();
        RuleCatalogue catalogue = rules.catalogue();
        KieSession session = rules.kieBase().newKieSession();
        try {
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (event.getRule() != null && event.getObject() instanceof Finding finding) {
                        conclusions.add(new Conclusion(catalogue.citationOf(event.getRule()), finding));
                    }
                }
            });
            session.insert(action);
            AgendaFilter inForce = match -> catalogue.citationOf(match.getRule()).inForce().contains(action.date());
            session.fireAllRules(inForce);
        } finally {
            session.dispose();
        }
        return conclusions;
    }

    /** Why a date outside every modelled wording gets no answer. */
    static Reason outsideTheModel(LocalDate date, Period modelled) {
        Optional<Constitution> inForce = Constitution.on(date);
        String text;
        if (inForce.isEmpty()) {
            text = "on " + date + " the Constitution of 1995 did not yet exist (it was " + Constitution.OF_1995.adoption()
                    + "); the rules model only constitutions in force";
        } else if (date.isBefore(modelled.from())) {
            text = "the rules model " + inForce.get().title() + " from " + spelledOut(modelled.from())
                    + "; the wording in force on " + spelledOut(date) + " is not modelled";
        } else if (inForce.get() == Constitution.OF_2026 && modelled.to().isBefore(Constitution.OF_2026.firstDay())) {
            text = "on " + spelledOut(date) + " " + inForce.get().title() + " (" + inForce.get().adoption() + ") was in force: the Constitution of 1995 "
                    + "ceased to be in force on " + spelledOut(Constitution.OF_2026.firstDay())
                    + ", and the rules do not model " + inForce.get().title() + " yet";
        } else {
            text = "the rules model the constitutions only up to " + spelledOut(modelled.to()) + "; " + spelledOut(date) + " is later";
        }
        return Reason.uncited(Effect.NOT_MODELLED, text);
    }

    private static String spelledOut(LocalDate date) {
        return LONG_DATE.format(date);
    }
}
