package kz.atazan.model;

/** What part an {@link Entity} can play in an action. */
public enum Kind {
    /** A state organ, a group of people or an official who can act, consent, propose or be consulted. */
    ORGAN,
    /** A post that is filled or emptied: appointed, elected, dismissed. */
    OFFICE,
    /** Something acted upon that is neither an organ nor an office: a law, a political party. */
    INSTRUMENT
}
