package dev.planrun.model;

import jakarta.validation.constraints.NotBlank;

/** A named PostgreSQL connection; every field may hold {@code ${...}} references. */
public record ConnectionSpec(
        String name,
        @NotBlank(message = "a connection needs a url") String url,
        String user,
        String password,
        Position position) implements Located {
}
