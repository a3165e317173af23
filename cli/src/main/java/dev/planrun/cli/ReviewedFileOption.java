package dev.planrun.cli;

import dev.planrun.interp.ResolvedParams;
import dev.planrun.model.Plan;
import dev.planrun.review.Review;
import dev.planrun.reviewed.ReviewedPlan;
import dev.planrun.reviewed.ReviewedPlanBuilder;
import dev.planrun.reviewed.ReviewedPlanFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code plan --out FILE [--force]}: the reviewed file written with a review. An existing file is
 * kept unless {@code --force}: it may be what a change ticket approved.
 */
final class ReviewedFileOption {

    @Option(names = "--out", paramLabel = "FILE", description = {"Also write a reviewed file: the plan, the resolved",
            "non-secret params and the sha256 of the plan and of every file it reads (never a secret).",
            "'planrun apply FILE' applies exactly that, or refuses (exit 6) if anything changed."})
    private Path out;

    @Option(names = "--force", description = "With --out: replace an existing file.")
    private boolean force;

    /** Why the review must not start (the file exists), or empty. */
    Optional<String> refusal(PlanrunCommand root) {
        if (out != null && !force && Files.exists(root.workingDirectory().resolve(out))) {
            return Optional.of(root.workingDirectory().resolve(out) + " exists (a change ticket may quote it);"
                    + " give another --out, or --force to replace it");
        }
        return Optional.empty();
    }

    /** Writes the reviewed file when {@code --out} is given; the review returned names it. */
    Review write(PlanrunCommand root, PlanSource source, Plan plan, ResolvedParams params, Review review,
                 PrintWriter err) throws IOException {
        if (out == null) {
            return review;
        }
        Path file = root.workingDirectory().resolve(out).toAbsolutePath().normalize();
        ReviewedPlan reviewed = new ReviewedPlanBuilder(VersionProvider.version(), Clock.systemUTC(),
                root.workingDirectory()).build(source.texts(root), source.chain(), plan, params, review);
        String sha256 = new ReviewedPlanFile().write(reviewed, file, force);
        err.println("planrun: reviewed file " + file + " written (sha256 " + sha256 + "); apply it with: planrun apply "
                + file);
        err.flush();
        return review.withReviewedFile(new Review.ReviewedFile(file.toString(), sha256));
    }
}
