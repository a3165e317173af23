/**
 * The {@code planrun} command: picocli commands that map options to one engine call and an exit
 * code. The only place that prints.
 */
package dev.planrun.cli;
