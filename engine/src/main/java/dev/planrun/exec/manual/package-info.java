/** The {@code manual} step: instructions for a person, confirmed before the run goes on. */
package dev.planrun.exec.manual;
