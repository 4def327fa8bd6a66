package kz.atazan.teaching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.atazan.model.Act;
import kz.atazan.model.Entity;

/**
 * Who appoints or elects whom on a date, drawn as inline SVG: those who act on the left, the
 * offices on the right, an arrow for each power; solid when exercised alone, dashed when on terms.
 */
final class AppointmentDiagram {

    private static final int ROW = 24;
    private static final int WIDTH = 900;
    private static final int LEFT = 300;
    private static final int RIGHT = 600;

    private AppointmentDiagram() {}

    static String of(PowerMap map, kz.atazan.text.Words words) {
        List<Power> filling = map.powers().stream().filter(p -> p.act() == Act.APPOINT || p.act() == Act.ELECT).toList();
        Set<Entity> actors = new LinkedHashSet<>();
        Set<Entity> offices = new LinkedHashSet<>();
        filling.forEach(p -> {
            actors.add(p.actor());
            offices.add(p.target());
        });
        List<Entity> left = new ArrayList<>(actors);
        List<Entity> right = new ArrayList<>(offices);
        int height = Math.max(left.size(), right.size()) * ROW + 40;
        StringBuilder svg = new StringBuilder();
        svg.append("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"diagram-title\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"100%\" style=\"max-width:").append(WIDTH).append("px\">\n")
                .append("<title id=\"diagram-title\">").append(Html.escape(words.say("powers.diagram.title", "date", map.date()))).append("</title>\n")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">"
                        + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#345\"/></marker></defs>\n");
        for (Power p : filling) {
            int y1 = y(left.indexOf(p.actor()));
            int y2 = y(right.indexOf(p.target()));
            boolean alone = p.terms().isEmpty() && p.bars().isEmpty();
            svg.append("<line class=\"edge\" data-actor=\"").append(p.actor().label()).append("\" data-act=\"").append(p.act().label())
                    .append("\" data-target=\"").append(p.target().label()).append("\" x1=\"").append(LEFT + 8).append("\" y1=\"").append(y1)
                    .append("\" x2=\"").append(RIGHT - 8).append("\" y2=\"").append(y2).append("\" stroke=\"")
                    .append(p.act() == Act.APPOINT ? "#345" : "#2a7a3b").append("\" stroke-width=\"1.4\"")
                    .append(alone ? "" : " stroke-dasharray=\"5 4\"").append(" marker-end=\"url(#arrow)\"><title>")
                    .append(Html.escape(p.actor().label() + " " + p.act().label() + " " + p.target().label() + ": " + PowerTerms.words(p, words)))
                    .append("</title></line>\n");
        }
        for (int i = 0; i < left.size(); i++) {
            svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(y(i) + 5).append("\" text-anchor=\"end\" font-size=\"14\">")
                    .append(Html.escape(left.get(i).label())).append("</text>\n");
        }
        for (int i = 0; i < right.size(); i++) {
            svg.append("<text x=\"").append(RIGHT).append("\" y=\"").append(y(i) + 5).append("\" font-size=\"14\">")
                    .append(Html.escape(right.get(i).label())).append("</text>\n");
        }
        svg.append("</svg>\n<figcaption>").append(Html.escape(words.say("powers.diagram.caption", "date", map.date())))
                .append("</figcaption>\n</figure>\n");
        return svg.toString();
    }

    private static int y(int row) {
        return 24 + row * ROW;
    }
}
