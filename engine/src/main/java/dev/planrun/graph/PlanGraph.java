package dev.planrun.graph;

import dev.planrun.model.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The steps of a plan and their {@code needs} edges, indexed once.
 *
 * <p>An edge {@code a needs b} means b runs before a. Needs that name no step and second
 * declarations of an id are left out here: validation reports them. Building is
 * O(steps + edges); {@link #order()} is O((steps + edges) log steps).
 */
public final class PlanGraph {

    private final List<Step> steps;
    private final Map<String, Integer> index;
    /** needs[i]: indices of the steps step i needs, in the order written, duplicates removed. */
    private final int[][] needs;
    /** dependents[i]: indices of the steps that need step i, ascending. */
    private final int[][] dependents;

    private PlanGraph(List<Step> steps, Map<String, Integer> index, int[][] needs, int[][] dependents) {
        this.steps = steps;
        this.index = index;
        this.needs = needs;
        this.dependents = dependents;
    }

    /** The graph of these steps, in declaration order. */
    public static PlanGraph of(List<? extends Step> steps) {
        List<Step> list = List.copyOf(steps);
        int n = list.size();
        Map<String, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.putIfAbsent(list.get(i).id(), i);
        }
        int[][] needs = new int[n][];
        int[] dependentCount = new int[n];
        for (int i = 0; i < n; i++) {
            List<String> written = list.get(i).common().needs();
            int[] targets = new int[written.size()];
            int count = 0;
            for (String id : written) {
                Integer target = index.get(id);
                if (target != null && !contains(targets, count, target)) {
                    targets[count++] = target;
                    dependentCount[target]++;
                }
            }
            needs[i] = count == targets.length ? targets : Arrays.copyOf(targets, count);
        }
        int[][] dependents = new int[n][];
        for (int i = 0; i < n; i++) {
            dependents[i] = new int[dependentCount[i]];
        }
        int[] filled = new int[n];
        for (int i = 0; i < n; i++) { // ascending i: each dependents list ends up sorted
            for (int target : needs[i]) {
                dependents[target][filled[target]++] = i;
            }
        }
        return new PlanGraph(list, index, needs, dependents);
    }

    private static boolean contains(int[] values, int count, int value) {
        // needs lists are short; a linear scan keeps the common case allocation-free
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** The steps in declaration order. */
    public List<Step> steps() {
        return steps;
    }

    public int size() {
        return steps.size();
    }

    /** The declaration index of a step id, or -1. */
    public int indexOf(String stepId) {
        Integer i = index.get(stepId);
        return i == null ? -1 : i;
    }

    /** The steps the step at {@code stepIndex} needs, in the order written. */
    public List<Step> needsOf(int stepIndex) {
        return stepsAt(needs[stepIndex]);
    }

    /** The steps that need the step at {@code stepIndex}, in declaration order. */
    public List<Step> dependentsOf(int stepIndex) {
        return stepsAt(dependents[stepIndex]);
    }

    private List<Step> stepsAt(int[] indices) {
        List<Step> out = new ArrayList<>(indices.length);
        for (int i : indices) {
            out.add(steps.get(i));
        }
        return out;
    }

    /** Every edge as (step, step it needs), steps in declaration order, needs in the order written. */
    public List<Edge> edges() {
        List<Edge> out = new ArrayList<>();
        for (int i = 0; i < needs.length; i++) {
            for (int target : needs[i]) {
                out.add(new Edge(steps.get(i), steps.get(target)));
            }
        }
        return out;
    }

    /**
     * The run order: Kahn's algorithm taking, among the steps whose needs are all done, the one
     * declared first. Without cycles, a plan whose steps need nothing runs in declaration order.
     */
    public Ordering order() {
        int n = steps.size();
        int[] pending = new int[n];
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            pending[i] = needs[i].length;
            if (pending[i] == 0) {
                ready.add(i);
            }
        }
        List<Step> sorted = new ArrayList<>(n);
        while (!ready.isEmpty()) {
            int next = ready.poll();
            sorted.add(steps.get(next));
            for (int dependent : dependents[next]) {
                if (--pending[dependent] == 0) {
                    ready.add(dependent);
                }
            }
        }
        if (sorted.size() == n) {
            return new Ordering.Sorted(sorted);
        }
        return new Ordering.Cyclic(new CycleFinder(steps, needs, pending).cycles());
    }

    /** {@code from} needs {@code to}: {@code to} runs first. */
    public record Edge(Step from, Step to) {
    }
}
