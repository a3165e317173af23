package dev.planrun.review;

import dev.planrun.graph.PlanGraph;
import dev.planrun.interp.ResolvedParams.ResolvedParam;
import dev.planrun.problem.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A plan reviewed before it runs, built once by {@link ReviewBuilder} and rendered by the
 * {@link ReviewRenderer}s. Every text in it is masked: it holds no secret value.
 *
 * @param params        every declared param with its value (secrets masked) and where it came from
 * @param preconditions the plan's preconditions, checked before any step
 * @param steps         in run order
 * @param graph         the steps and their needs, for diagrams
 * @param evaluated     whether conditions were evaluated (their results are in the check reviews)
 * @param problems      what could not be resolved (e.g. an unset {@code ${env:NAME}}); errors make
 *                      the review unusable for apply
 * @param reviewedFile  the reviewed file written with this review ({@code plan --out}); null: none
 */
public record Review(PlanInfo plan, List<ResolvedParam> params, List<ConnectionReview> connections,
                     List<CheckReview> preconditions, List<StepReview> steps, PlanGraph graph, boolean evaluated,
                     List<Problem> problems, ReviewedFile reviewedFile) {

    public Review {
        params = List.copyOf(params);
        connections = List.copyOf(connections);
        preconditions = List.copyOf(preconditions);
        steps = List.copyOf(steps);
        problems = problems.stream().sorted().toList();
    }

    /**
     * What the plan is.
     *
     * @param file   the plan file's absolute path (null for plans built in memory)
     * @param sha256 the plan file's digest (null when it could not be read)
     */
    public record PlanInfo(String id, String title, String product, String from, String to, String description,
                           String reference, String onFailure, String file, String sha256) {

        /** The title, or the id when there is none. */
        public String name() {
            return title == null || title.isBlank() ? id : title;
        }
    }

    /** The same review, naming the reviewed file written with it. */
    public Review withReviewedFile(ReviewedFile file) {
        return new Review(plan, params, connections, preconditions, steps, graph, evaluated, problems, file);
    }

    /**
     * A reviewed file: where it was written and the sha256 of its bytes, which the run report of
     * {@code apply FILE} quotes too, so that a ticket and a run can be matched.
     */
    public record ReviewedFile(String path, String sha256) {
    }

    /** A PostgreSQL connection: url and user resolved and masked; the password is never shown. */
    public record ConnectionReview(String name, String url, String user, boolean hasPassword) {

        /** {@code ******} when a password is set, {@code (none)} otherwise. */
        public String password() {
            return hasPassword ? dev.planrun.interp.Masker.MASK : "(none)";
        }
    }

    /**
     * The numbers a reviewer looks at first.
     *
     * @param irreversible ids of the steps rollback cannot pass
     * @param manual       ids of the steps a person does
     * @param noRollback   ids of the steps with no rollback declared
     * @param skipped      ids of the steps whose {@code when} is false now (they would be skipped)
     * @param checks       how many preconditions (the plan's and the steps') hold, fail, were not
     *                     evaluated, or were skipped offline
     */
    public record Summary(int steps, List<String> irreversible, List<String> manual, List<String> noRollback,
                          List<String> skipped, Map<String, Integer> checks) {
    }

    public Summary summary() {
        List<String> irreversible = new ArrayList<>();
        List<String> manual = new ArrayList<>();
        List<String> noRollback = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, Integer> checks = new LinkedHashMap<>();
        for (String status : List.of("holds", "fails", "not-evaluated", "offline")) {
            checks.put(status, 0);
        }
        Consumer<CheckReview> count = c -> {
            if (c != null && c.result() != null) {
                checks.merge(c.result().status(), 1, Integer::sum);
            }
        };
        preconditions.forEach(count);
        for (StepReview s : steps) {
            if (s.irreversible()) {
                irreversible.add(s.id());
            }
            if (s.manual()) {
                manual.add(s.id());
            }
            if (s.rollback().kind() == StepReview.RollbackReview.Kind.UNDECLARED) {
                noRollback.add(s.id());
            }
            if (s.when() != null && s.when().result() != null && "fails".equals(s.when().result().status())) {
                skipped.add(s.id());
            }
            s.preconditions().forEach(count);
        }
        return new Summary(steps.size(), List.copyOf(irreversible), List.copyOf(manual), List.copyOf(noRollback),
                List.copyOf(skipped), java.util.Collections.unmodifiableMap(checks));
    }
}
