package dev.planrun.exec.configset;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Where a config-set step's key lives: a file in one of the text formats, or OMERO's configuration. */
interface ConfigTarget {

    /** Where, for people: the file, or the {@code bin/omero} used. */
    String where();

    /** The key's value now, as the configuration writes it. */
    Optional<String> current() throws IOException;

    /** True when applying the step would change anything. */
    boolean changes() throws IOException;

    /** The state now, to restore on rollback. */
    ConfigUndo undoRecord() throws IOException;

    void apply() throws IOException;

    void restore(ConfigUndo undo) throws IOException;

    /** Things a reviewer should know (a file that will be created, comments that will be lost). */
    List<String> notes() throws IOException;
}
