/**
 * The step graph: the order steps run in (deterministic, ties in declaration order), the cycles
 * that make a plan impossible to order, and drawings of the graph (DOT, Mermaid).
 */
package dev.planrun.graph;
