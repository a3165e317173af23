/**
 * The {@code config-set} step: sets or unsets one key in an OMERO configuration (through
 * {@code bin/omero config}), a properties, ini, Python settings, YAML or JSON file, editing only
 * what it must and recording the earlier state for rollback.
 */
package dev.planrun.exec.configset;
