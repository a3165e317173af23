/**
 * Run summaries: a plan joined with its run's journal (each step pending, done, failed, skipped or
 * rolled back, with times and log paths), written at the end of a run as {@code report.md} and
 * {@code report.json}, and shown by {@code planrun status}.
 */
package dev.planrun.report;
