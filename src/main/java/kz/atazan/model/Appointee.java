package kz.atazan.model;

/** Facts about the person an action puts into office. */
public record Appointee(boolean closeRelativeOfPresident, boolean partyMember) {
    public static final Appointee UNREMARKABLE = new Appointee(false, false);
}
