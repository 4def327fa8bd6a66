package kz.atazan.teaching;

import java.util.List;

/** One part of a justification with its points (a part with none says so: {@link Part#none}). */
record Branch(Part part, List<Point> points) {

    Branch {
        points = List.copyOf(points);
    }
}
