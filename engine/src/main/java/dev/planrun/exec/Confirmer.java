package dev.planrun.exec;

/** Asks a person whether a manual step is done. */
public interface Confirmer {

    /** The answer to a confirmation request. */
    enum Answer {
        /** The person confirmed (or {@code --yes} was given). */
        CONFIRMED,
        /** The person said no: the run stops. */
        DECLINED,
        /** Nobody can be asked (no terminal, no {@code --yes}): the run stops and can resume later. */
        UNAVAILABLE
    }

    Answer confirm(String stepTitle, String instructions);
}
