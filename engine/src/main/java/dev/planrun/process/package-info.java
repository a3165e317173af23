/**
 * Running external programs: argv without a shell, live output lines, bounded capture, and
 * timeouts that kill the whole process tree. The engine's one implementation of
 * {@link dev.planrun.exec.ProcessRunner}.
 */
package dev.planrun.process;
