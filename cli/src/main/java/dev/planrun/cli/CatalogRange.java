package dev.planrun.cli;

import picocli.CommandLine.Option;

/** {@code --from V --to V}: a range of product versions in the catalog. */
public final class CatalogRange {

    @Option(names = "--from", required = true, paramLabel = "VERSION",
            description = "The version installed now, or 'auto' to read it from the product's database.")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "VERSION", description = "The version to upgrade to.")
    private String to;

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }
}
