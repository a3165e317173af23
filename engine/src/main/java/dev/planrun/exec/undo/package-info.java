/**
 * Undo records in a step's directory: JSON files written so that a process killed at any moment
 * leaves either the previous record or the new one, complete, on disk.
 */
package dev.planrun.exec.undo;
