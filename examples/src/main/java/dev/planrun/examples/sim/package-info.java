/**
 * Simulated product installations, for the sandbox demo and the end-to-end tests: OMERO.server
 * release archives with a fake {@code bin/omero} and upgrade scripts written like the real ones,
 * OMERO databases at any release, locally built wheels and virtualenvs, a fake OpenREM and a fake
 * {@code systemctl}. Every fake program appends one JSON line per call to a call log.
 */
package dev.planrun.examples.sim;
