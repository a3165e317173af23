/**
 * The {@code shell} step: runs an argv (no shell in between) or a {@code bash -euo pipefail}
 * script, with its working directory, environment, success codes, {@code creates} and
 * {@code expect-output}.
 */
package dev.planrun.exec.shell;
