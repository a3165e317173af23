/**
 * Run events: what the apply engine reports (run started, step started, output, skipped,
 * succeeded, failed, rolled back, run finished) and the listener that receives them. The engine
 * never prints: the journal, the step logs, the terminal view and the reports are listeners.
 * Every text in an event is already masked.
 */
package dev.planrun.events;
