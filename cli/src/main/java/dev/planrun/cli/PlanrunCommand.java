package dev.planrun.cli;

import dev.planrun.validate.PlanValidator;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code planrun}: the root command; it holds what every subcommand shares (the environment). */
@Command(name = "planrun", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = "Validates, reviews, applies and rolls back declarative upgrade plans.",
        subcommands = {ValidateCommand.class, PlanCommand.class, ApplyCommand.class, RollbackCommand.class,
                StatusCommand.class, GraphCommand.class, CatalogCommand.class, CommandLine.HelpCommand.class})
public final class PlanrunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Commands that validate a plan: their validator starts in the background at once. */
    private static final Set<String> VALIDATING = Set.of("validate", "plan", "graph", "apply", "rollback", "status");

    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final PlanValidator validator;

    /**
     * @param environment      the environment planrun sees ({@code env:} params, {@code ${env:NAME}}, programs)
     * @param workingDirectory relative paths given on the command line are relative to it
     */
    public PlanrunCommand(Map<String, String> environment, Path workingDirectory) {
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
        this.validator = new PlanValidator(this.environment);
    }

    /** The command line with planrun's exception handler, help footer and options, ready to execute. */
    public static CommandLine commandLine(Map<String, String> environment, Path workingDirectory) {
        return commandLine(new PlanrunCommand(environment, workingDirectory));
    }

    /** As {@link #commandLine(Map, Path)}, for a root made beforehand. */
    public static CommandLine commandLine(PlanrunCommand root) {
        CommandLine cli = new CommandLine(root);
        cli.setExecutionExceptionHandler(new ErrorHandler("1".equals(root.environment.get("PLANRUN_DEBUG"))));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        footer(cli);
        return cli;
    }

    private static void footer(CommandLine cli) {
        cli.getCommandSpec().usageMessage().footerHeading("%nExit codes:%n").footer(ExitCodes.HELP_FOOTER);
        cli.getSubcommands().values().forEach(PlanrunCommand::footer);
    }

    /**
     * Starts the validator's slow bootstrap on the second core when the arguments name a command
     * that validates, so that it overlaps with picocli's set-up and reading the plan.
     */
    public static void prepare(PlanrunCommand root, String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                if (VALIDATING.contains(arg)) {
                    root.validator.prepareInBackground();
                }
                return;
            }
        }
    }

    /** The validator every command shares (Hibernate Validator boots once). */
    public PlanValidator validator() {
        return validator;
    }

    public Map<String, String> environment() {
        return environment;
    }

    public Path workingDirectory() {
        return workingDirectory;
    }

    /** {@code planrun} alone: the usage, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
