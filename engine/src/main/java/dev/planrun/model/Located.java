package dev.planrun.model;

/** Anything of the model that was written somewhere in a plan file. */
public interface Located {
    Position position();
}
