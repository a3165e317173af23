/**
 * The plan catalog: plans shipped with planrun, the path of hops from one version of a product to
 * another, and the chaining of hops into one plan.
 */
package dev.planrun.catalog;
