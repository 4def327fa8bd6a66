package kz.atazan.balance;

import java.util.List;

/**
 * A scale's sum on a day over the items the rules decide, with the most those items could give,
 * how many items are undetermined (their points are not counted either way) and how many of those
 * only because the text leaves a question open on that day.
 */
public record Total(Scale scale, int score, int decidedMax, int fullMax, int undetermined, int open) {

    static Total of(Scale scale, List<Score> scores) {
        int score = 0;
        int decidedMax = 0;
        int fullMax = 0;
        int undetermined = 0;
        int open = 0;
        for (Score s : scores) {
            if (s.item().scale() != scale) {
                continue;
            }
            fullMax += s.item().max();
            if (s.determined()) {
                score += s.value().get();
                decidedMax += s.item().max();
            } else {
                undetermined++;
                open += s.basis().equals(Score.OPEN) ? 1 : 0;
            }
        }
        return new Total(scale, score, decidedMax, fullMax, undetermined, open);
    }
}
