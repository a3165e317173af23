package dev.planrun.sql.parse;

import java.io.IOException;

/** A statement or meta-command of the script is not valid UTF-8. */
public final class NotUtf8Exception extends IOException {

    private final transient LineColumn at;

    NotUtf8Exception(LineColumn at, Throwable cause) {
        super("not UTF-8 text (the item starting at line " + at.line() + ")", cause);
        this.at = at;
    }

    /** Where the item with the bad bytes starts. */
    public LineColumn at() {
        return at;
    }
}
