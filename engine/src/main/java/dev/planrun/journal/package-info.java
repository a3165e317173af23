/**
 * Run directories and what they hold: the append-only journal (JSON lines, each forced to disk
 * before the run goes on), one log per step, and the history folded from a journal that resume,
 * rollback, status and the reports read.
 */
package dev.planrun.journal;
