/**
 * Reviewed plans: what a change ticket approved (plan text, parameters, digests of every file the
 * plan reads, check results at review time), written by {@code plan --out} and verified by
 * {@code apply} before anything is touched.
 */
package dev.planrun.reviewed;
