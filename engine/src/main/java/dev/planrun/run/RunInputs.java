package dev.planrun.run;

import dev.planrun.model.Plan;
import dev.planrun.model.Step;
import dev.planrun.reviewed.Digests;
import dev.planrun.reviewed.PlanInputs;
import dev.planrun.reviewed.ReviewedPlanVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files a run depends on, digested when it starts so that a resume can refuse when they
 * changed: the plan file, each sql step's script and each file-copy source that is a regular
 * file. Files that do not exist yet (made by an earlier step) are not recorded.
 */
final class RunInputs {

    private RunInputs() {
    }

    /** sha256 of the plan file, or of the plan itself when it was built in memory (a catalog chain). */
    static String planDigest(Plan plan) {
        if (plan.source() == null) {
            return Digests.sha256(plan.toString());
        }
        try {
            return Digests.sha256(plan.source());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plan file " + plan.source(), e);
        }
    }

    /** Existing input files of these resolved steps, with their sha256. */
    static Map<String, String> digests(List<Step> resolvedSteps, Path workingDir) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Step s : resolvedSteps) {
            String file = inputOf(s);
            if (file != null) {
                String path = workingDir.resolve(file).toString();
                String sha = ReviewedPlanVerifier.fileDigest(Path.of(path));
                if (sha != null) {
                    out.put(path, sha);
                }
            }
        }
        return out;
    }

    static String inputOf(Step s) {
        return PlanInputs.of(s).orElse(null);
    }
}
