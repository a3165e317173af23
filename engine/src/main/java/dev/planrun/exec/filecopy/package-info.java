/**
 * The {@code file-copy} step: copy, move, symlink and extract, with an undo record written before
 * each change so that rollback restores exactly the earlier state, even after a kill.
 */
package dev.planrun.exec.filecopy;
