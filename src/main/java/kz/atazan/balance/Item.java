package kz.atazan.balance;

import java.util.Arrays;
import java.util.List;

/**
 * One item of a scale, with the values the publication allows (docs/balance-codebook.md states what
 * each value means and which questions decide it).
 */
public enum Item {
    PACKAGE_VETO(Scale.SHUGART_CAREY_LEGISLATIVE, "package-veto", 0, 1, 2, 3, 4),
    PARTIAL_VETO(Scale.SHUGART_CAREY_LEGISLATIVE, "partial-veto", 0, 1, 2, 3, 4),
    DECREE(Scale.SHUGART_CAREY_LEGISLATIVE, "decree", 0, 1, 2, 4),
    EXCLUSIVE_INTRODUCTION(Scale.SHUGART_CAREY_LEGISLATIVE, "exclusive-introduction", 0, 1, 2, 4),
    BUDGET(Scale.SHUGART_CAREY_LEGISLATIVE, "budget", 0, 1, 2, 3, 4),
    REFERENDUM(Scale.SHUGART_CAREY_LEGISLATIVE, "referendum", 0, 2, 4),
    CABINET_FORMATION(Scale.SHUGART_CAREY_NON_LEGISLATIVE, "cabinet-formation", 0, 1, 3, 4),
    CABINET_DISMISSAL(Scale.SHUGART_CAREY_NON_LEGISLATIVE, "cabinet-dismissal", 0, 1, 2, 4),
    CENSURE(Scale.SHUGART_CAREY_NON_LEGISLATIVE, "censure", 0, 1, 2, 4),
    DISSOLUTION(Scale.SHUGART_CAREY_NON_LEGISLATIVE, "dissolution", 0, 1, 2, 3, 4),
    POPULAR_ELECTION(Scale.SIAROFF, "popular-election", 0, 1),
    CONCURRENT_ELECTION(Scale.SIAROFF, "concurrent-election", 0, 1),
    DISCRETIONARY_APPOINTMENTS(Scale.SIAROFF, "discretionary-appointments", 0, 1),
    CHAIRS_CABINET(Scale.SIAROFF, "chairs-cabinet", 0, 1),
    VETO(Scale.SIAROFF, "veto", 0, 1),
    EMERGENCY_OR_DECREE(Scale.SIAROFF, "emergency-or-decree", 0, 1),
    FOREIGN_POLICY(Scale.SIAROFF, "foreign-policy", 0, 1),
    GOVERNMENT_FORMATION(Scale.SIAROFF, "government-formation", 0, 1),
    DISSOLVE_LEGISLATURE(Scale.SIAROFF, "dissolve-legislature", 0, 1);

    private final Scale scale;
    private final String id;
    private final List<Integer> allowed;

    Item(Scale scale, String id, int... values) {
        this.scale = scale;
        this.id = id;
        this.allowed = Arrays.stream(values).boxed().toList();
    }

    public Scale scale() {
        return scale;
    }

    /** The stable name in the dataset, the codebook and the message keys. */
    public String id() {
        return id;
    }

    /** The values the publication gives this item. */
    public List<Integer> allowed() {
        return allowed;
    }

    public int max() {
        return allowed.get(allowed.size() - 1);
    }

    public static List<Item> of(Scale scale) {
        return Arrays.stream(values()).filter(i -> i.scale == scale).toList();
    }
}
