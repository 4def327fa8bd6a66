package kz.atazan.model;

/** A name of the vocabulary: how scenario files and the command line write it, and what it means. */
public interface Named {

    /** The name as written: lower-kebab-case. */
    String label();

    /** One line a student can read: what the name stands for. */
    String meaning();
}
