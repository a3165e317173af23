/**
 * Checks of the plan catalog (plans/&lt;product&gt;/*-to-*.yaml) against its source documents
 * (plans/sources) and coverage manifests (plans/&lt;product&gt;/sections.yaml), and the generator of
 * docs/catalog.md. Plans are read as YAML trees with Jackson, independently of the engine's loader.
 */
package dev.planrun.catalog;
