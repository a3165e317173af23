package dev.planrun.catalog;

import dev.planrun.model.Plan;

/**
 * A plan of the catalog.
 *
 * @param resource where it was read from, e.g. {@code catalog/omero-server/5.5-to-5.6.yaml}
 * @param text     the plan file's text (reviewed files keep it)
 */
public record CatalogEntry(String resource, String text, Plan plan) {

    public String product() {
        return plan.product();
    }

    public String from() {
        return plan.from();
    }

    public String to() {
        return plan.to();
    }

    public String id() {
        return plan.id();
    }
}
