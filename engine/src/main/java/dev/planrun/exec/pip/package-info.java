/**
 * The {@code pip} step: installs Python packages into an interpreter or virtualenv, previews the
 * change with {@code pip install --dry-run --report}, and rolls back to the package set recorded
 * before the step.
 */
package dev.planrun.exec.pip;
