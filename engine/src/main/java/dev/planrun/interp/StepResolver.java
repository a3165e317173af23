package dev.planrun.interp;

import dev.planrun.load.DurationText;
import dev.planrun.model.Check;
import dev.planrun.model.CheckMeta;
import dev.planrun.model.Check.AllCheck;
import dev.planrun.model.Check.AnyCheck;
import dev.planrun.model.Check.CommandCheck;
import dev.planrun.model.Check.FileCheck;
import dev.planrun.model.Check.NotCheck;
import dev.planrun.model.Check.ParamCheck;
import dev.planrun.model.Check.SqlCheck;
import dev.planrun.model.CheckMeta;
import dev.planrun.model.ConfigSetStep;
import dev.planrun.model.ConnectionSpec;
import dev.planrun.model.Expect;
import dev.planrun.model.FileCopyStep;
import dev.planrun.model.ManualStep;
import dev.planrun.model.PipStep;
import dev.planrun.model.Rollback;
import dev.planrun.model.ShellStep;
import dev.planrun.model.SqlStep;
import dev.planrun.model.Step;
import dev.planrun.model.StepCommon;
import dev.planrun.model.Wait;
import java.time.Duration;
import java.util.List;

/**
 * Resolves every {@code ${...}} of steps, checks and connections into ready-to-run copies.
 * Identifiers (ids, needs, connection names, param names of checks) are never interpolated.
 */
public final class StepResolver {

    private final Interpolator in;

    public StepResolver(Scope scope) {
        this.in = new Interpolator(scope);
    }

    public Step resolve(Step step) {
        StepCommon c = common(step.common());
        if (step instanceof SqlStep s) {
            return new SqlStep(c, s.connection(), in.text(s.file()), in.text(s.script()), s.transaction(),
                    in.map(s.vars()), in.text(s.expectOutput()), s.client());
        }
        if (step instanceof ShellStep s) {
            return new ShellStep(c, in.list(s.run()), in.text(s.script()), in.text(s.cwd()), in.map(s.env()),
                    s.successCodes(), in.text(s.creates()), in.text(s.expectOutput()));
        }
        if (step instanceof FileCopyStep s) {
            return new FileCopyStep(c, in.text(s.from()), in.text(s.to()), s.mode(), s.overwrite(), s.preserve(),
                    s.stripComponents());
        }
        if (step instanceof PipStep s) {
            return new PipStep(c, in.text(s.python()), in.text(s.venv()), in.list(s.packages()), s.upgrade(),
                    in.text(s.indexUrl()), in.text(s.findLinks()), s.noIndex(), s.uninstall());
        }
        if (step instanceof ConfigSetStep s) {
            return new ConfigSetStep(c, s.format(), in.text(s.file()), in.text(s.omero()), in.text(s.section()),
                    in.text(s.key()), in.text(s.value()), s.unset(), in.text(s.after()));
        }
        if (step instanceof ManualStep s) {
            return new ManualStep(c, in.text(s.instructions()));
        }
        throw new IllegalStateException("no resolver for step type " + step.type());
    }

    private StepCommon common(StepCommon c) {
        Rollback rollback = c.rollback() instanceof Rollback.Inline inline
                ? new Rollback.Inline(resolve(inline.body()))
                : c.rollback();
        return new StepCommon(c.id(), in.text(c.title()), c.needs(), check(c.when()),
                c.preconditions().stream().map(this::check).toList(), c.timeout(), c.retries(), rollback,
                c.continueOnError(), c.tags(), c.chain(), c.source(), c.extensions(), c.position());
    }

    public Check check(Check check) {
        if (check == null) {
            return null;
        }
        if (check instanceof SqlCheck k) {
            return new SqlCheck(meta(k.meta()), k.connection(), in.text(k.query()), expect(k.expect()));
        }
        if (check instanceof CommandCheck k) {
            return new CommandCheck(meta(k.meta()), in.list(k.run()), in.text(k.cwd()), in.map(k.env()), expect(k.expect()));
        }
        if (check instanceof FileCheck k) {
            return new FileCheck(meta(k.meta()), in.text(k.path()), expect(k.expect()));
        }
        if (check instanceof ParamCheck k) {
            return new ParamCheck(meta(k.meta()), k.name(), expect(k.expect()));
        }
        if (check instanceof AllCheck k) {
            return new AllCheck(meta(k.meta()), checks(k.checks()));
        }
        if (check instanceof AnyCheck k) {
            return new AnyCheck(meta(k.meta()), checks(k.checks()));
        }
        NotCheck k = (NotCheck) check;
        return new NotCheck(meta(k.meta()), check(k.check()));
    }

    /**
     * The check's meta resolved: the message the operator reads, and a {@code wait} written as
     * references turned into durations.
     */
    private CheckMeta meta(CheckMeta m) {
        if (m == null) {
            return null;
        }
        String message = in.text(m.message());
        Wait w = m.polling();
        Wait resolved = w == null || !w.hasReferences() ? w : new Wait(duration(w.timeout(), w.timeoutText(), "timeout"),
                duration(w.interval(), w.intervalText(), "interval"));
        return new CheckMeta(m.id(), message, m.onFail(), resolved, m.position());
    }

    private Duration duration(Duration literal, String text, String key) {
        if (text == null) {
            return literal;
        }
        String value = in.text(text);
        Duration d = DurationText.parse(value).orElseThrow(() -> new UnresolvedReferenceException(text,
                "'" + key + "' of 'wait' is " + text + ", which is '" + value + "': expected " + DurationText.EXAMPLES));
        if (d.isZero() || d.isNegative()) {
            throw new UnresolvedReferenceException(text, "'" + key + "' of 'wait' (" + text + ") must be longer than 0s");
        }
        return d;
    }

    private List<Check> checks(List<Check> checks) {
        return checks.stream().map(this::check).toList();
    }

    private Expect expect(Expect e) {
        if (e == null) {
            return null;
        }
        return new Expect(in.text(e.equals()), in.text(e.matches()), in.text(e.atLeast()), in.text(e.atMost()),
                e.exists(), e.exitCode(), e.rows());
    }

    public ConnectionSpec connection(ConnectionSpec c) {
        return new ConnectionSpec(c.name(), in.text(c.url()), in.text(c.user()), in.text(c.password()), c.position());
    }
}
