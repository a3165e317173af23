package dev.planrun.model;

/**
 * One step of a plan: {@code sql}, {@code shell}, {@code file-copy}, {@code pip},
 * {@code config-set} or {@code manual}.
 */
public sealed interface Step extends Located
        permits SqlStep, ShellStep, FileCopyStep, PipStep, ConfigSetStep, ManualStep {

    StepCommon common();

    /** A copy with other common fields (same type-specific fields). */
    Step withCommon(StepCommon common);

    /** The word used in plan files, e.g. {@code file-copy}. */
    String type();

    default String id() {
        return common().id();
    }

    default String displayName() {
        String title = common().title();
        return title == null || title.isBlank() ? id() : title;
    }

    @Override
    default Position position() {
        return common().position();
    }
}
