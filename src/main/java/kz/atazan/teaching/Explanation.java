package kz.atazan.teaching;

import java.util.List;
import java.util.Optional;
import kz.atazan.model.Judgment;

/**
 * The justification of a verdict as a tree a law student can follow, and, for an unconstitutional
 * verdict, the smallest change that makes it constitutional (or why there is none).
 */
public record Explanation(Judgment judgment, List<Branch> branches, Optional<SmallestChange> smallestChange) {

    public Explanation {
        branches = List.copyOf(branches);
    }
}
