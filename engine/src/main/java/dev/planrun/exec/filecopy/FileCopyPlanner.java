package dev.planrun.exec.filecopy;

import dev.planrun.exec.StepPreview.FileDigest;
import dev.planrun.exec.filecopy.FileAction.Copy;
import dev.planrun.exec.filecopy.FileAction.Extract;
import dev.planrun.exec.filecopy.FileAction.Link;
import dev.planrun.exec.filecopy.FileAction.Move;
import dev.planrun.exec.filecopy.FileAction.Nothing;
import dev.planrun.exec.filecopy.FileAction.SetAside;
import dev.planrun.model.FileCopyStep;
import dev.planrun.model.FileCopyStep.Mode;
import dev.planrun.model.FileCopyStep.Overwrite;
import dev.planrun.reviewed.Digests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Looks at the files as they are now and decides what a file-copy step will do: the facts shown
 * to the reviewer, the actions, and the reasons it must refuse. Preview shows the plan, apply
 * runs it; neither decides anything on its own.
 *
 * <p>{@code to} is the target path itself; ending with {@code /} it is the directory that
 * receives {@code from} under its own name. For {@code extract}, {@code to} is the directory the
 * archive's top-level items go into. A target that already holds exactly what the step would
 * put there is left alone, so applying twice changes nothing.
 */
final class FileCopyPlanner {

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    record Plan(List<String> facts, List<FileAction> actions, List<String> refusals, List<FileDigest> inputs) {
    }

    private final FileCopyStep step;
    private final String runId;
    private final List<String> facts = new ArrayList<>();
    private final List<FileAction> actions = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();
    private final List<FileDigest> inputs = new ArrayList<>();

    private FileCopyPlanner(FileCopyStep step, String runId) {
        this.step = step;
        this.runId = runId;
    }

    static Plan plan(FileCopyStep step, String runId) throws IOException {
        FileCopyPlanner planner = new FileCopyPlanner(step, runId);
        Path from = Path.of(step.from());
        switch (step.mode()) {
            case COPY -> planner.copy(from, target(step));
            case MOVE -> planner.move(from, target(step));
            case SYMLINK -> planner.symlink(step.from(), target(step));
            case EXTRACT -> planner.extract(from, Path.of(step.to()));
            default -> throw new IllegalStateException("unknown mode " + step.mode());
        }
        return new Plan(List.copyOf(planner.facts), List.copyOf(planner.actions), List.copyOf(planner.refusals),
                List.copyOf(planner.inputs));
    }

    static Path target(FileCopyStep step) {
        Path to = Path.of(step.to());
        return step.to().endsWith("/") && step.mode() != Mode.EXTRACT ? to.resolve(Path.of(step.from()).getFileName()) : to;
    }

    private void copy(Path from, Path target) throws IOException {
        facts.add("from: " + from + " (" + FileTrees.describe(from) + ")");
        facts.add("to: " + target + " (" + FileTrees.describe(target) + ")");
        if (!Files.exists(from)) {
            refusals.add(from + " does not exist");
            return;
        }
        Path source = from.toRealPath();
        digest(from);
        if (Files.exists(target, NOFOLLOW) && FileTrees.same(source, target, step.preserve())) {
            actions.add(new Nothing(target + " is already identical to " + from));
        } else if (makeRoom(target, "differs from " + from)) {
            actions.add(new Copy(source, target, step.preserve()));
        }
    }

    private void move(Path from, Path target) throws IOException {
        facts.add("from: " + from + " (" + FileTrees.describe(from) + ")");
        facts.add("to: " + target + " (" + FileTrees.describe(target) + ")");
        if (!Files.exists(from, NOFOLLOW)) {
            if (Files.exists(target, NOFOLLOW)) {
                actions.add(new Nothing(from + " is gone and " + target + " exists: already moved"));
            } else {
                refusals.add(from + " does not exist");
            }
            return;
        }
        if (makeRoom(target, "exists")) {
            actions.add(new Move(from, target));
        }
    }

    private void symlink(String linkTarget, Path link) throws IOException {
        Path resolved = link.toAbsolutePath().getParent().resolve(linkTarget).normalize();
        facts.add("link: " + link + " (" + FileTrees.describe(link) + ")");
        facts.add("points to: " + linkTarget + (Files.exists(resolved) ? "" : " (missing now)"));
        if (Files.isSymbolicLink(link)) {
            String previous = Files.readSymbolicLink(link).toString();
            actions.add(previous.equals(linkTarget)
                    ? new Nothing(link + " already points to " + linkTarget)
                    : new Link(link, linkTarget, previous));
        } else if (makeRoom(link, "is not a symlink")) {
            actions.add(new Link(link, linkTarget, null));
        }
    }

    private void extract(Path archive, Path dir) throws IOException {
        if (!Files.isRegularFile(archive)) {
            facts.add("archive: " + archive + " (" + FileTrees.describe(archive) + ")");
            refusals.add(archive + " is not an archive file");
            return;
        }
        digest(archive);
        ArchiveEntries.Listing listing = ArchiveEntries.list(archive, step.stripComponents());
        facts.add("archive: " + archive + " (" + listing.entries() + " entries; top level"
                + (step.stripComponents() > 0 ? " after dropping " + step.stripComponents() + " name(s)" : "") + ": "
                + String.join(", ", listing.tops()) + ")");
        facts.add("into: " + dir + " (" + FileTrees.describe(dir) + ")");
        listing.refused().forEach(r -> refusals.add("archive entry " + r + ": refused"));
        boolean dirExists = Files.isDirectory(dir);
        if (Files.exists(dir, NOFOLLOW) && !dirExists) {
            refusals.add(dir + " exists and is not a directory");
        }
        if (!refusals.isEmpty()) {
            return;
        }
        Set<String> same = dirExists
                ? ArchiveExtractor.alreadyThere(archive, step.stripComponents(), dir, Set.copyOf(listing.tops())) : Set.of();
        Set<String> extract = new LinkedHashSet<>();
        for (String top : listing.tops()) {
            Path item = dir.resolve(top);
            if (same.contains(top)) {
                facts.add(item + ": already as in the archive, left alone");
            } else if (makeRoom(item, "differs from the archive")) {
                extract.add(top);
            }
        }
        if (!extract.isEmpty()) {
            actions.add(new Extract(archive, step.stripComponents(), dir, extract, !dirExists));
        } else if (refusals.isEmpty()) {
            actions.add(new Nothing("everything in " + archive + " is already in " + dir));
        }
    }

    /** Plans what happens to an existing target per {@code overwrite}; false when the step must refuse. */
    private boolean makeRoom(Path target, String how) throws IOException {
        if (!Files.exists(target, NOFOLLOW)) {
            return true;
        }
        Overwrite overwrite = step.overwrite();
        if (overwrite == Overwrite.FALSE) {
            refusals.add(target + " " + how + " (" + FileTrees.describe(target) + ") and overwrite is false");
            return false;
        }
        if (overwrite == Overwrite.TRUE) {
            actions.add(new SetAside(target, null));
            return true;
        }
        Path backup = target.resolveSibling(target.getFileName() + ".bak-" + runId);
        if (Files.exists(backup, NOFOLLOW)) {
            refusals.add("the backup name " + backup + " is taken");
            return false;
        }
        actions.add(new SetAside(target, backup));
        return true;
    }

    private void digest(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            inputs.add(new FileDigest(file, Digests.sha256(file), Files.size(file)));
        }
    }
}
