package kz.atazan.teaching;

import java.util.List;
import kz.atazan.model.Citation;

/** One change, with the provisions that call for it (the condition's, or the bar's it lifts). */
record Step(Change change, List<Citation> provisions) {

    Step {
        provisions = List.copyOf(provisions);
    }
}
