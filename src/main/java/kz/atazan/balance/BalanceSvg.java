package kz.atazan.balance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.atazan.model.Edition;
import kz.atazan.text.Messages;

/**
 * The charts, as standalone SVG written here (no script, no external resource): the scales'
 * totals and the President's appointments over time, each amendment marked; and the same figures
 * side by side on a few chosen days.
 */
public final class BalanceSvg {

    private static final int WIDTH = 960;
    private static final int HEIGHT = 460;
    private static final int LEFT = 50;
    private static final int RIGHT = 230;
    private static final int TOP = 70;
    private static final int BOTTOM = 70;
    private static final int Y_MAX = 20;

    private BalanceSvg() {}

    /** Step lines over time, from the first period's first day to a year after the last one starts. */
    public static String overTime(Balance balance, Messages m) {
        List<PeriodScores> periods = balance.periods();
        LocalDate start = periods.get(0).period().from();
        PeriodScores last = periods.get(periods.size() - 1);
        LocalDate end = last.period().isOpen() ? last.period().from().plusYears(1) : last.period().to().plusDays(1);
        Axis x = new Axis(start.toEpochDay(), end.toEpochDay(), LEFT, WIDTH - RIGHT);
        StringBuilder svg = new StringBuilder(Svg.open(WIDTH, HEIGHT, m.format("balance.chart.title")));
        svg.append(Svg.text(LEFT, 22, "start", m.format("balance.chart.title")));
        grid(svg, m);
        for (PeriodScores p : periods) {
            double x1 = x.at(p.period().from().toEpochDay());
            double x2 = x.at(Math.min(end.toEpochDay(), p.period().isOpen() ? end.toEpochDay() : p.period().to().toEpochDay() + 1));
            if (p.totals().stream().anyMatch(t -> t.open() > 0)) {
                svg.append(Svg.rect(x1, TOP, x2 - x1, y(0) - TOP, "#eeeeee", ""));
            }
        }
        int row = 0;
        for (PeriodScores p : periods.subList(1, periods.size())) {
            double at = x.at(p.period().from().toEpochDay());
            Optional<String> amendment = amendment(p.period().from());
            svg.append(Svg.line(at, amendment.isPresent() ? TOP - 12 - 12 * (row % 3) : TOP, at, y(0), amendment.isPresent() ? "#777777" : "#cccccc",
                    " stroke-dasharray=\"3,3\""));
            if (amendment.isPresent()) {
                svg.append("<text x=\"" + Svg.num(at + 2) + "\" y=\"" + (TOP - 14 - 12 * (row % 3)) + "\" font-size=\"10\">"
                        + Svg.escape(amendment.get()) + "</text>\n");
                row++;
            }
        }
        for (int year = start.getYear() + 1; year <= end.getYear(); year++) {
            double at = x.at(LocalDate.of(year, 1, 1).toEpochDay());
            svg.append(Svg.line(at, y(0), at, y(0) + 5, "#333333", ""));
            svg.append(Svg.text(at, y(0) + 18, "middle", String.valueOf(year)));
        }
        svg.append(Svg.text(LEFT, HEIGHT - 20, "start", m.format("balance.chart.amendments")));
        for (Series s : Series.all()) {
            double shift = (s.ordinal() - 2) * 1.5;
            StringBuilder path = new StringBuilder();
            for (PeriodScores p : periods) {
                Optional<Integer> v = s.value(p);
                double x1 = x.at(p.period().from().toEpochDay());
                double x2 = x.at(p.period().isOpen() ? end.toEpochDay() : p.period().to().toEpochDay() + 1);
                if (v.isEmpty()) {
                    continue;
                }
                path.append(path.isEmpty() || !s.value(periods.get(Math.max(0, periods.indexOf(p) - 1))).isPresent() ? "M" : "L")
                        .append(Svg.num(x1)).append(',').append(Svg.num(y(v.get()) + shift)).append(" L").append(Svg.num(x2)).append(',')
                        .append(Svg.num(y(v.get()) + shift)).append(' ');
            }
            svg.append("<path d=\"").append(path.toString().trim()).append("\" fill=\"none\" stroke=\"").append(s.colour)
                    .append("\" stroke-width=\"2.5\"/>\n");
        }
        legend(svg, m, true);
        svg.append(Svg.close());
        return svg.toString();
    }

    /** Grouped bars: each series on each chosen day. */
    public static String compare(List<PeriodScores> days, List<LocalDate> dates, Messages m) {
        StringBuilder svg = new StringBuilder(Svg.open(WIDTH, HEIGHT, m.format("balance.chart.compare-title")));
        svg.append(Svg.text(LEFT, 22, "start", m.format("balance.chart.compare-title")));
        grid(svg, m);
        double groupWidth = (WIDTH - RIGHT - LEFT) / (double) days.size();
        double bar = (groupWidth - 40) / Series.all().size();
        for (int g = 0; g < days.size(); g++) {
            double x0 = LEFT + g * groupWidth + 20;
            for (int i = 0; i < Series.all().size(); i++) {
                Series s = Series.all().get(i);
                Optional<Integer> v = s.value(days.get(g));
                double bx = x0 + i * bar;
                if (v.isPresent()) {
                    svg.append(Svg.rect(bx + 2, y(v.get()), bar - 4, y(0) - y(v.get()), s.colour, ""));
                    svg.append(Svg.text(bx + bar / 2, y(v.get()) - 4, "middle", String.valueOf(v.get())));
                } else {
                    svg.append(Svg.text(bx + bar / 2, y(0) - 4, "middle", "?"));
                }
            }
            svg.append(Svg.text(x0 + (groupWidth - 40) / 2, y(0) + 18, "middle", dates.get(g).toString()));
        }
        legend(svg, m, false);
        svg.append(Svg.close());
        return svg.toString();
    }

    private static double y(int value) {
        return HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * value / (double) Y_MAX;
    }

    private static void grid(StringBuilder svg, Messages m) {
        for (int v = 0; v <= Y_MAX; v += 4) {
            svg.append(Svg.line(LEFT, y(v), WIDTH - RIGHT, y(v), v == 0 ? "#333333" : "#dddddd", ""));
            svg.append(Svg.text(LEFT - 6, y(v) + 4, "end", String.valueOf(v)));
        }
        svg.append("<text x=\"14\" y=\"" + Svg.num(y(Y_MAX / 2)) + "\" text-anchor=\"middle\" transform=\"rotate(-90 14 "
                + Svg.num(y(Y_MAX / 2)) + ")\">" + Svg.escape(m.format("balance.chart.axis")) + "</text>\n");
    }

    private static void legend(StringBuilder svg, Messages m, boolean overTime) {
        double lx = WIDTH - RIGHT + 15;
        double ly = TOP + 10;
        for (Series s : Series.all()) {
            svg.append(Svg.rect(lx, ly - 9, 14, 10, s.colour, ""));
            svg.append(Svg.text(lx + 20, ly, "start", m.format(s.key)));
            ly += 20;
        }
        if (overTime) {
            svg.append(Svg.rect(lx, ly - 9, 14, 10, "#eeeeee", " stroke=\"#999999\""));
            svg.append(Svg.text(lx + 20, ly, "start", m.format("balance.chart.open")));
        }
    }

    /** The amendment that took effect on a day, as its edition's tag and the day: "2022: 2022-06-08". */
    private static Optional<String> amendment(LocalDate day) {
        for (Edition e : Edition.values()) {
            if (e.effective().equals(day)) {
                return Optional.of(day.toString());
            }
        }
        return Optional.empty();
    }

    /** Days onto the horizontal axis. */
    private record Axis(long from, long to, double left, double right) {
        double at(long day) {
            return left + (right - left) * (day - from) / (double) (to - from);
        }
    }
}
