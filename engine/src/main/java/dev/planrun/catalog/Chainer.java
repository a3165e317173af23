package dev.planrun.catalog;

import dev.planrun.model.Chain;
import dev.planrun.model.Check;
import dev.planrun.model.ConnectionSpec;
import dev.planrun.model.ParamSpec;
import dev.planrun.model.Plan;
import dev.planrun.model.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges catalog hops into one plan (docs/catalog.md): hop N+1 starts after hop N ends,
 * step ids are prefixed with the hop's plan id, {@code once-first} steps are kept only in the
 * first hop and {@code once-last} steps only in the last. The plan-level preconditions of later
 * hops become preconditions of that hop's first steps, so that they are checked when the hop
 * starts rather than before the first hop has run.
 */
public final class Chainer {

    /** The chained plan; a single hop is returned as it is. */
    public Plan chain(List<Plan> hops) {
        if (hops.isEmpty()) {
            throw new IllegalArgumentException("no hops to chain");
        }
        if (hops.size() == 1) {
            return hops.get(0);
        }
        Map<String, ParamSpec> params = new LinkedHashMap<>();
        Map<String, ConnectionSpec> connections = new LinkedHashMap<>();
        List<Step> steps = new ArrayList<>();
        List<String> previousSinks = List.of();
        for (int i = 0; i < hops.size(); i++) {
            Plan hop = hops.get(i);
            hop.params().forEach(params::putIfAbsent);
            hop.connections().forEach(connections::putIfAbsent);
            List<Check> entryChecks = i == 0 ? List.of() : hop.preconditions();
            List<Step> kept = hopSteps(hop, i == 0, i == hops.size() - 1, previousSinks, entryChecks);
            steps.addAll(kept);
            if (!kept.isEmpty()) {
                previousSinks = sinks(kept);
            }
        }
        Plan first = hops.get(0);
        Plan last = hops.get(hops.size() - 1);
        return new Plan(first.formatVersion(), chainId(first, last), title(first, last, hops.size()),
                first.product(), first.from(), last.to(), description(hops), first.reference(),
                first.onFailure(), params, connections, first.preconditions(), steps, first.source(),
                first.position());
    }

    private static List<Step> hopSteps(Plan hop, boolean first, boolean last, List<String> previousSinks,
                                       List<Check> entryChecks) {
        Map<String, Step> byId = new HashMap<>();
        hop.steps().forEach(s -> byId.put(s.id(), s));
        Set<String> dropped = new HashSet<>();
        for (Step s : hop.steps()) {
            Chain c = s.common().chain();
            if ((c == Chain.ONCE_FIRST && !first) || (c == Chain.ONCE_LAST && !last)) {
                dropped.add(s.id());
            }
        }
        String prefix = hop.id() + ".";
        List<Step> out = new ArrayList<>();
        for (Step s : hop.steps()) {
            if (dropped.contains(s.id())) {
                continue;
            }
            Set<String> needs = new LinkedHashSet<>();
            for (String need : keptNeeds(s, byId, dropped, new HashSet<>())) {
                needs.add(prefix + need);
            }
            var common = s.common();
            if (needs.isEmpty()) {
                needs.addAll(previousSinks);
                if (!entryChecks.isEmpty()) {
                    List<Check> pre = new ArrayList<>(entryChecks);
                    pre.addAll(common.preconditions());
                    common = new dev.planrun.model.StepCommon(common.id(), common.title(), common.needs(),
                            common.when(), pre, common.timeout(), common.retries(), common.rollback(),
                            common.continueOnError(), common.tags(), common.chain(), common.source(),
                            common.extensions(), common.position());
                }
            }
            out.add(s.withCommon(common.withIdAndNeeds(prefix + s.id(), List.copyOf(needs))));
        }
        return out;
    }

    /** The needs of a step with dropped steps replaced by their own needs, transitively. */
    private static Set<String> keptNeeds(Step step, Map<String, Step> byId, Set<String> dropped, Set<String> seen) {
        Set<String> out = new LinkedHashSet<>();
        for (String need : step.common().needs()) {
            if (!seen.add(need)) {
                continue;
            }
            if (dropped.contains(need) && byId.containsKey(need)) {
                out.addAll(keptNeeds(byId.get(need), byId, dropped, seen));
            } else {
                out.add(need);
            }
        }
        return out;
    }

    /** Steps of a hop that no other step of the hop needs: the hop is over when they are. */
    private static List<String> sinks(List<Step> steps) {
        Set<String> needed = new HashSet<>();
        steps.forEach(s -> needed.addAll(s.common().needs()));
        return steps.stream().map(Step::id).filter(id -> !needed.contains(id)).toList();
    }

    private static String chainId(Plan first, Plan last) {
        String product = first.product() == null ? first.id() : first.product();
        return product + "-" + first.from() + "-to-" + last.to();
    }

    private static String title(Plan first, Plan last, int hops) {
        String product = first.product() == null ? first.id() : first.product();
        return product + " " + first.from() + " to " + last.to() + " (" + hops + " hops)";
    }

    private static String description(List<Plan> hops) {
        StringBuilder sb = new StringBuilder("Chained upgrade, one hop after the other:\n");
        for (Plan hop : hops) {
            sb.append("- ").append(hop.id()).append(": ").append(hop.displayName()).append('\n');
        }
        return sb.toString();
    }

}
