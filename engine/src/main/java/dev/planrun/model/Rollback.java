package dev.planrun.model;

/** How a completed step is undone. */
public sealed interface Rollback {

    /** The executor's own inverse (file-copy, config-set, pip). */
    record Auto() implements Rollback {
    }

    /** Irreversible: automatic rollback stops here and a person must look. */
    record None() implements Rollback {
    }

    /** Nothing declared: rollback passes over the step (default for shell, sql, manual). */
    record Undeclared() implements Rollback {
    }

    /** An inline step body (any type, no id of its own) run to undo the step. */
    record Inline(@jakarta.validation.Valid Step body) implements Rollback {
    }

    Rollback AUTO = new Auto();
    Rollback NONE = new None();
    Rollback UNDECLARED = new Undeclared();

    /** True when rollback cannot pass this step. */
    default boolean irreversible() {
        return this instanceof None;
    }
}
