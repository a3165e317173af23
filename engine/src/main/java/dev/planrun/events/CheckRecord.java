package dev.planrun.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.planrun.check.CheckResult;

/**
 * A check result as journaled and reported (masked text only).
 *
 * @param status HOLDS, FAILS, NOT_EVALUATED or OFFLINE
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckRecord(String name, String status, String subject, String observed, String explanation) {

    public static CheckRecord of(CheckResult r) {
        return new CheckRecord(r.name(), r.status().name(), r.subject(), r.observed(), r.explanation());
    }
}
