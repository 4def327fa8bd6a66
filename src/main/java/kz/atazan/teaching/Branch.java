package kz.atazan.teaching;

import java.util.List;

/**
 * One part of a justification with its points; {@code none} says what it means that the part has
 * no point (no condition attached, no prohibition applies, ...).
 */
record Branch(Part part, List<Point> points, String none) {

    Branch {
        points = List.copyOf(points);
    }
}
