package dev.planrun.reviewed;

import dev.planrun.reviewed.Difference.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.planrun.interp.Masker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares a reviewed plan with the world as it is now: the plan files, the parameter values
 * given for this apply, and every file the plan reads. Nothing is changed.
 */
public final class ReviewedPlanVerifier {

    private final String engineVersion;
    private final Function<String, Optional<String>> catalogText;

    /** A verifier of plan files only: a catalog plan in a reviewed file counts as changed. */
    public ReviewedPlanVerifier(String engineVersion) {
        this(engineVersion, resource -> Optional.empty());
    }

    /**
     * @param catalogText the text of a catalog resource as this planrun ships it now (empty: none)
     */
    public ReviewedPlanVerifier(String engineVersion, Function<String, Optional<String>> catalogText) {
        this.engineVersion = engineVersion;
        this.catalogText = catalogText;
    }

    /**
     * @param currentParams the non-secret parameter values this apply would use
     * @return every difference, plan first, then params, then files; empty when all match
     */
    public List<Difference> verify(ReviewedPlan reviewed, Map<String, Object> currentParams) {
        return verify(reviewed, currentParams, Set.of());
    }

    /**
     * As {@link #verify(ReviewedPlan, Map)}; the values of {@code secrets} (and of the reviewed
     * file's {@code secretParams}) are masked should a reviewed file hold one.
     */
    public List<Difference> verify(ReviewedPlan reviewed, Map<String, Object> currentParams, Set<String> secrets) {
        Set<String> masked = new HashSet<>(secrets);
        if (reviewed.secretParams() != null) {
            masked.addAll(reviewed.secretParams());
        }
        List<Difference> out = new ArrayList<>();
        if (!Objects.equals(reviewed.engineVersion(), engineVersion)) {
            out.add(new Difference(Kind.ENGINE_CHANGED, "planrun",
                    reviewed.engineVersion() + " -> " + engineVersion));
        }
        for (ReviewedPlan.PlanText plan : reviewed.plans()) {
            if (!Digests.sha256(plan.text()).equals(plan.sha256())) {
                out.add(new Difference(Kind.PLAN_CHANGED, name(plan), "the reviewed file's copy was edited"));
            } else {
                String now = plan.path() != null ? currentPlanDigest(Path.of(plan.path()))
                        : catalogText.apply(plan.resource()).map(Digests::sha256).orElse(null);
                if (!plan.sha256().equals(now)) {
                    out.add(new Difference(Kind.PLAN_CHANGED, name(plan),
                            Digests.shortForm(plan.sha256()) + " -> " + Digests.shortForm(now)));
                }
            }
        }
        var names = new TreeSet<String>(reviewed.params().keySet());
        names.addAll(currentParams.keySet());
        for (String name : names) {
            Object was = reviewed.params().get(name);
            Object now = currentParams.get(name);
            if (!Objects.equals(normal(was), normal(now))) {
                out.add(new Difference(Kind.PARAM_CHANGED, name, masked.contains(name)
                        ? show(was == null ? null : Masker.MASK) + " -> " + show(now == null ? null : Masker.MASK)
                        : show(was) + " -> " + show(now)));
            }
        }
        for (ReviewedPlan.FileEntry file : reviewed.files()) {
            String now = PlanInputs.digest(Path.of(file.path()));
            if (!Objects.equals(file.sha256(), now)) {
                out.add(new Difference(Kind.FILE_CHANGED, file.path(),
                        Digests.shortForm(file.sha256()) + " -> " + Digests.shortForm(now)));
            }
        }
        return out;
    }

    private static String name(ReviewedPlan.PlanText plan) {
        return plan.path() != null ? plan.path() : plan.resource();
    }

    private static String currentPlanDigest(Path path) {
        try {
            return Digests.sha256(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The file's sha256, or null when it does not exist (or is not a regular file). */
    public static String fileDigest(Path path) {
        try {
            return Files.isRegularFile(path) ? Digests.sha256(path) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Object normal(Object value) {
        return value instanceof List<?> l ? l.stream().map(String::valueOf).toList() : value == null ? null : String.valueOf(value);
    }

    private static String show(Object value) {
        return value == null ? "(not set)" : "'" + normal(value) + "'";
    }
}
