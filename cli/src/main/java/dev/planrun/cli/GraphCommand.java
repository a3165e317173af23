package dev.planrun.cli;

import dev.planrun.graph.GraphRenderer;
import dev.planrun.graph.PlanGraph;
import dev.planrun.interp.ParamInputs;
import dev.planrun.model.Plan;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code planrun graph PLAN}: the steps and their needs, for Graphviz or Mermaid. */
@Command(name = "graph", description = {"Draws the plan's graph as Graphviz DOT or Mermaid.",
        "An edge goes from each step to the steps that need it; irreversible and",
        "manual steps are marked. E.g. planrun graph plan.yaml | dot -Tsvg > plan.svg"})
final class GraphCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PlanrunCommand root;

    @Mixin
    private PlanSource source;

    @Option(names = "--format", defaultValue = "dot", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "dot (Graphviz, the default) or mermaid.")
    private GraphRenderer renderer;

    @Override
    public Integer call() {
        Optional<Plan> plan = source.read(root, ParamInputs.NONE, spec.commandLine().getErr());
        if (plan.isEmpty()) {
            return ExitCodes.USAGE;
        }
        spec.commandLine().getOut().print(renderer.render(PlanGraph.of(plan.get().steps()), plan.get().id()));
        spec.commandLine().getOut().flush();
        return ExitCodes.DONE;
    }

    /** {@code dot} or {@code mermaid}; anything else is a usage error. */
    static final class FormatConverter implements ITypeConverter<GraphRenderer> {
        @Override
        public GraphRenderer convert(String value) {
            try {
                return GraphRenderer.forFormat(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("expected dot or mermaid, got '" + value + "'");
            }
        }
    }
}
