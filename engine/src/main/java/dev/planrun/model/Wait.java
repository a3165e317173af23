package dev.planrun.model;

import java.time.Duration;

/** Poll a check every {@code interval} until it holds or {@code timeout} has passed. */
public record Wait(Duration timeout, Duration interval) {
}
