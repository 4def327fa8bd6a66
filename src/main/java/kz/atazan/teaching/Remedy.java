package kz.atazan.teaching;

import java.util.List;
import kz.atazan.model.Judgment;

/** Changes that, made together, make the action constitutional: tried against the engine, which answered {@code result}. */
record Remedy(List<Step> steps, Judgment result) {

    Remedy {
        steps = List.copyOf(steps);
    }
}
