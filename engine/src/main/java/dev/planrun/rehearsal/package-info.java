/**
 * What a rollback rehearsal ({@code apply --test-rollback}) compares: the state a plan's steps
 * touch (files and trees, config values, installed packages, databases as {@code pg_dump} shows
 * them), captured before the first apply and after the rollback.
 */
package dev.planrun.rehearsal;
