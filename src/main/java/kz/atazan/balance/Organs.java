package kz.atazan.balance;

import java.util.List;
import java.util.Set;
import kz.atazan.model.Entity;

/** The organs the scales speak of, as the vocabulary names them. */
final class Organs {

    private Organs() {}

    /** "The assembly": the legislature and its chambers, under either constitution. */
    static final List<Entity> LEGISLATURE = List.of(Entity.PARLIAMENT, Entity.MAJILIS, Entity.SENATE, Entity.KURULTAI);

    static final Set<Entity> LEGISLATURE_SET = Set.copyOf(LEGISLATURE);

    /** The bodies a censure can come from and a dissolution can end: the whole legislature or its lower chamber. */
    static final List<Entity> DISSOLVABLE = List.of(Entity.PARLIAMENT, Entity.MAJILIS, Entity.KURULTAI);

    /** The members of the Government: the general case, and the three ministers the text names apart. */
    static final List<Entity> MINISTERS = List.of(Entity.MINISTER, Entity.MINISTER_OF_FOREIGN_AFFAIRS, Entity.MINISTER_OF_DEFENCE,
            Entity.MINISTER_OF_INTERNAL_AFFAIRS);
}
