package dev.planrun.cli;

import dev.planrun.exec.Confirmer;
import java.io.Console;
import java.util.Locale;

/**
 * Asks on the terminal whether a manual step is done. {@code --yes} confirms without asking;
 * with no terminal and no {@code --yes} nobody can be asked, so the run stops "waiting for
 * confirmation" and {@code apply --resume --yes} (or {@code --resume} on a terminal) continues it.
 */
final class TerminalConfirmer implements Confirmer {

    private final Console console;
    private final boolean yes;
    private final ProgressView progress;

    /**
     * @param console  the terminal (null: none)
     * @param yes      {@code --yes} was given
     * @param progress cleared before asking
     */
    TerminalConfirmer(Console console, boolean yes, ProgressView progress) {
        this.console = console;
        this.yes = yes;
        this.progress = progress;
    }

    @Override
    public Answer confirm(String stepTitle, String instructions) {
        if (yes) {
            return Answer.CONFIRMED;
        }
        if (console == null) {
            return Answer.UNAVAILABLE;
        }
        progress.pause();
        console.printf("%nManual step: %s%n%n%s%n%n", stepTitle, instructions.strip());
        String answer = console.readLine("Is it done? Type 'yes' to go on, anything else stops the run: ");
        if (answer == null) {
            return Answer.UNAVAILABLE;
        }
        String a = answer.strip().toLowerCase(Locale.ROOT);
        return a.equals("yes") || a.equals("y") ? Answer.CONFIRMED : Answer.DECLINED;
    }
}
