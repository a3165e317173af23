package dev.planrun.reviewed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The content of a reviewed-plan file ({@code "format": "planrun-reviewed/1"}). Secrets are never
 * in it: secret params are listed by name only and supplied again at apply time.
 *
 * @param plans        the plan files reviewed: one, or every hop of a chained catalog run
 * @param chain        the catalog selection of a chained run (null for a plan file)
 * @param params       resolved non-secret parameter values (lists as JSON arrays)
 * @param secretParams names of secret params (values never written)
 * @param files        every file (or directory tree) the plan reads, with its sha256 at review time
 *                     (null: absent then, e.g. made by an earlier step)
 * @param checks       read-only check results at review time
 */
@JsonPropertyOrder({"format", "engine", "created", "plans", "chain", "params", "secretParams", "files", "checks"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewedPlan(
        @JsonProperty(value = "format", required = true) String format,
        @JsonProperty(value = "engine", required = true) String engineVersion,
        @JsonProperty("created") String created,
        @JsonProperty(value = "plans", required = true) List<PlanText> plans,
        @JsonProperty("chain") ChainSelection chain,
        @JsonProperty(value = "params", required = true) Map<String, Object> params,
        @JsonProperty("secretParams") List<String> secretParams,
        @JsonProperty(value = "files", required = true) List<FileEntry> files,
        @JsonProperty("checks") List<CheckEntry> checks) {

    public static final String FORMAT = "planrun-reviewed/1";

    /**
     * One plan file as reviewed.
     *
     * @param path where it was read (absolute; null for catalog plans, named by resource)
     */
    @JsonPropertyOrder({"path", "resource", "sha256", "text"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlanText(String path, String resource, @JsonProperty(required = true) String sha256,
                           @JsonProperty(required = true) String text) {
    }

    /** A chained catalog run: product and versions as given, and the hops chosen. */
    public record ChainSelection(@JsonProperty(required = true) String product, String from, String to,
                                 @JsonProperty(required = true) List<String> hops) {
    }

    /** A file the plan reads. */
    @JsonPropertyOrder({"path", "sha256", "size", "step"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FileEntry(@JsonProperty(required = true) String path, String sha256, Long size, String step) {
    }

    /** A check and its result when the plan was reviewed. */
    @JsonPropertyOrder({"where", "check", "result", "detail"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CheckEntry(String where, String check, String result, String detail) {
    }
}
