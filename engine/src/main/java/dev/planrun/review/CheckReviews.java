package dev.planrun.review;

import dev.planrun.check.CheckResult;
import dev.planrun.check.CheckSubjects;
import dev.planrun.check.Expectations;
import dev.planrun.interp.Masker;
import dev.planrun.interp.StepResolver;
import dev.planrun.model.Check;
import dev.planrun.model.Check.AllCheck;
import dev.planrun.model.Check.AnyCheck;
import dev.planrun.model.Check.CommandCheck;
import dev.planrun.model.Check.FileCheck;
import dev.planrun.model.Check.NotCheck;
import dev.planrun.model.Check.ParamCheck;
import dev.planrun.model.Check.SqlCheck;
import dev.planrun.model.CheckMeta;
import dev.planrun.model.Expect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns checks into {@link CheckReview}s: resolved, masked, and evaluated once when an evaluator
 * is given. A review never waits: {@code wait:} polling is dropped for the evaluation.
 */
final class CheckReviews {

    private final StepResolver resolver;
    private final Masker masker;
    private final ConditionEvaluator evaluator;

    /** @param evaluator null: conditions are shown, not evaluated */
    CheckReviews(StepResolver resolver, Masker masker, ConditionEvaluator evaluator) {
        this.resolver = resolver;
        this.masker = masker;
        this.evaluator = evaluator;
    }

    /** The check resolved and reviewed; throws an unresolved-reference exception like the resolver. */
    CheckReview review(Check check) {
        Check resolved = resolver.check(check);
        CheckResult result = evaluator == null ? null : evaluator.evaluate(once(resolved));
        return view(resolved, result);
    }

    /** The check as written (masked), not evaluated: for checks whose references cannot be resolved. */
    CheckReview unresolved(Check check) {
        return view(check, null);
    }

    private CheckReview view(Check check, CheckResult result) {
        List<Check> parts = parts(check);
        List<CheckReview> partViews = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            CheckResult partResult = result != null && i < result.children().size() ? result.children().get(i) : null;
            partViews.add(view(parts.get(i), partResult));
        }
        CheckMeta meta = check.meta();
        Expect expect = expect(check);
        return new CheckReview(meta.id(), check.kind(), masker.mask(CheckSubjects.of(check)),
                parts.isEmpty() ? masker.mask(Expectations.describe(expect)) : null, masker.mask(meta.message()),
                meta.onFail().name().toLowerCase(Locale.ROOT), result == null ? null : CheckReview.Result.of(result),
                partViews);
    }

    private static List<Check> parts(Check check) {
        if (check instanceof AllCheck k) {
            return k.checks();
        }
        if (check instanceof AnyCheck k) {
            return k.checks();
        }
        if (check instanceof NotCheck k) {
            return List.of(k.check());
        }
        return List.of();
    }

    private static Expect expect(Check check) {
        if (check instanceof SqlCheck k) {
            return k.expect();
        }
        if (check instanceof CommandCheck k) {
            return k.expect();
        }
        if (check instanceof FileCheck k) {
            return k.expect();
        }
        if (check instanceof ParamCheck k) {
            return k.expect();
        }
        return null;
    }

    /** The same check without polling, at every level. */
    static Check once(Check check) {
        CheckMeta m = check.meta();
        CheckMeta meta = m.polling() == null ? m : new CheckMeta(m.id(), m.message(), m.onFail(), null, m.position());
        if (check instanceof SqlCheck k) {
            return new SqlCheck(meta, k.connection(), k.query(), k.expect());
        }
        if (check instanceof CommandCheck k) {
            return new CommandCheck(meta, k.run(), k.cwd(), k.env(), k.expect());
        }
        if (check instanceof FileCheck k) {
            return new FileCheck(meta, k.path(), k.expect());
        }
        if (check instanceof ParamCheck k) {
            return new ParamCheck(meta, k.name(), k.expect());
        }
        if (check instanceof AllCheck k) {
            return new AllCheck(meta, k.checks().stream().map(CheckReviews::once).toList());
        }
        if (check instanceof AnyCheck k) {
            return new AnyCheck(meta, k.checks().stream().map(CheckReviews::once).toList());
        }
        return new NotCheck(meta, once(((NotCheck) check).check()));
    }
}
