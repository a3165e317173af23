/**
 * The {@code pip} step: installs Python packages into an interpreter or virtualenv (or, with
 * {@code uninstall}, removes them), previews the change with {@code pip install --dry-run --report}
 * (a removal from {@code pip list}), and rolls back to the package set recorded before the step.
 */
package dev.planrun.exec.pip;
