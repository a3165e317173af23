/** Loading: plan files (YAML) into the immutable model, every problem with its position. */
package dev.planrun.load;
