package dev.planrun.cli;

import dev.planrun.interp.ParamInputs;
import dev.planrun.problem.Problem;
import dev.planrun.review.Review;
import dev.planrun.reviewed.Difference;
import dev.planrun.reviewed.InvalidReviewedPlanException;
import dev.planrun.reviewed.ReviewedPlanOpener;
import dev.planrun.reviewed.ReviewedPlanOpener.Opened;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code apply FILE} with a reviewed file: opened against the world as it is now, refused with
 * every difference listed (exit 6) or every problem (exit 2) before anything is touched.
 */
final class ReviewedFiles {

    private ReviewedFiles() {
    }

    /** A reviewed file that matches now, or the exit code of its refusal (printed). */
    record Verified(Opened opened, int refusal) {

        /** What {@code apply --dry-run} adds to the review: the reviewed file's name and digest. */
        PlanCommand.Annotation annotation(Path file) {
            return (plan, params, review) -> review.withReviewedFile(new Review.ReviewedFile(file.toString(),
                    opened.digest()));
        }
    }

    static Verified verify(PlanrunCommand root, Path file, ParamInputs given, PrintWriter err) {
        Opened opened;
        try {
            opened = new ReviewedPlanOpener(root.validator(), catalogTexts(), VersionProvider.version(),
                    root.environment(), root.workingDirectory()).open(file, given);
        } catch (InvalidReviewedPlanException e) {
            err.println("planrun: " + e.getMessage());
            err.flush();
            return new Verified(null, ExitCodes.USAGE);
        }
        if (!opened.differences().isEmpty()) {
            for (Difference d : opened.differences()) {
                err.println("planrun: " + d);
            }
            err.println("planrun: " + file + " no longer matches what was reviewed (" + opened.differences().size()
                    + " difference(s)); nothing was changed. Review the plan again (planrun plan ... --out FILE)");
            err.flush();
            return new Verified(opened, ExitCodes.REVIEW_CHANGED);
        }
        PlanFiles.print(opened.problems(), err);
        if (Problem.anyError(opened.problems()) || opened.plan().isEmpty()) {
            return new Verified(opened, ExitCodes.USAGE);
        }
        return new Verified(opened, ExitCodes.DONE);
    }

    /** The shipped catalog's texts by resource, read once and only when a reviewed file names one. */
    private static Function<String, Optional<String>> catalogTexts() {
        Map<String, String> texts = new HashMap<>();
        return resource -> {
            if (texts.isEmpty()) {
                CatalogPlans.catalog().entries().forEach(e -> texts.put(e.resource(), e.text()));
            }
            return Optional.ofNullable(texts.get(resource));
        };
    }
}
