/**
 * Loading: plan files (YAML) into the immutable model, every problem with its position.
 *
 * <p>{@link dev.planrun.load.PlanLoader} reads the text (size limit, strict UTF-8), streams it
 * through Jackson's YAML parser into a located tree (duplicate keys, aliases and extra documents
 * refused there), then binds the tree by hand into the model records so that every unknown key,
 * wrong type or missing field is reported with its line and column, all in one pass.
 */
package dev.planrun.load;
