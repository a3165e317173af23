/**
 * The dry-run review: a plan's steps in run order, each fully resolved (secrets masked), what it
 * will do, how it is undone, its conditions (evaluated read-only when an evaluator is given), and
 * a summary; rendered for a terminal, a change ticket (Markdown) or a program (JSON,
 * {@code planrun-plan/1}). Building a review never changes anything.
 */
package dev.planrun.review;
