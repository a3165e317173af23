package dev.planrun.model;

/** Where a step of a catalog hop goes when hops are chained into one run. */
public enum Chain {
    /** Kept in every hop (the default): e.g. each hop's database script. */
    EVERY_HOP,
    /** Kept only in the first hop: backups, stopping services, unpacking the target release. */
    ONCE_FIRST,
    /** Kept only in the last hop: switching to the target binaries, restarting. */
    ONCE_LAST
}
