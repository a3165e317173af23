/**
 * docs/safety.md: the figures of the safety evidence the test suite recorded (dry-run, crash and
 * resume, injected failures, bad input, secrets), beside the size of the catalog they cover.
 */
package dev.planrun.examples.safety;
