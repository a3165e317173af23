/**
 * The sandbox demo that the README's first command runs: a simulated OMERO.server 5.5 site and its
 * database, the review of the 5.5 to 5.6 catalog plan, the upgrade applied, and its status.
 */
package dev.planrun.examples.demo;
