package dev.planrun.graph;

import dev.planrun.model.Step;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds one cycle per strongly connected group of the steps Kahn's algorithm could not order
 * (Tarjan's algorithm, iterative so that deep graphs do not overflow the stack), then the
 * shortest cycle through the group's first-declared step (a breadth-first search). Linear in
 * steps plus edges.
 */
final class CycleFinder {

    private final List<Step> steps;
    private final int[][] needs;
    private final int[] pending;

    /** @param pending a step is left over (not ordered) when its pending count is above zero */
    CycleFinder(List<Step> steps, int[][] needs, int[] pending) {
        this.steps = steps;
        this.needs = needs;
        this.pending = pending;
    }

    private boolean leftOver(int i) {
        return pending[i] > 0;
    }

    List<Cycle> cycles() {
        int[] component = components();
        int n = steps.size();
        List<Cycle> out = new ArrayList<>();
        int[] parent = new int[n];
        Arrays.fill(parent, -1);
        boolean[] done = new boolean[n + 1];
        // ascending i: the first step met of each group is the group's first-declared step
        for (int i = 0; i < n; i++) {
            int c = component[i];
            if (c < 0 || done[c]) {
                continue;
            }
            done[c] = true;
            List<Step> cycle = shortestCycleThrough(i, component, parent);
            if (!cycle.isEmpty()) {
                out.add(new Cycle(cycle));
            }
        }
        return out;
    }

    /** Group number of each left-over step; -1 for steps that were ordered. */
    private int[] components() {
        int n = steps.size();
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int[] visitIndex = new int[n];
        Arrays.fill(visitIndex, -1);
        int[] low = new int[n];
        int[] edgePos = new int[n];
        boolean[] onStack = new boolean[n];
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        ArrayDeque<Integer> calls = new ArrayDeque<>();
        int counter = 0;
        int groups = 0;
        for (int s = 0; s < n; s++) {
            if (!leftOver(s) || visitIndex[s] >= 0) {
                continue;
            }
            visitIndex[s] = low[s] = counter++;
            stack.push(s);
            onStack[s] = true;
            calls.push(s);
            while (!calls.isEmpty()) {
                int v = calls.peek();
                if (edgePos[v] < needs[v].length) {
                    int w = needs[v][edgePos[v]++];
                    if (!leftOver(w)) {
                        continue;
                    }
                    if (visitIndex[w] < 0) {
                        visitIndex[w] = low[w] = counter++;
                        stack.push(w);
                        onStack[w] = true;
                        calls.push(w);
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], visitIndex[w]);
                    }
                    continue;
                }
                calls.pop();
                if (!calls.isEmpty()) {
                    int u = calls.peek();
                    low[u] = Math.min(low[u], low[v]);
                }
                if (low[v] == visitIndex[v]) {
                    int w;
                    do {
                        w = stack.pop();
                        onStack[w] = false;
                        component[w] = groups;
                    } while (w != v);
                    groups++;
                }
            }
        }
        return component;
    }

    /** The shortest path start -> ... -> start inside start's group; empty when there is none. */
    private List<Step> shortestCycleThrough(int start, int[] component, int[] parent) {
        int group = component[start];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        parent[start] = start;
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int w : needs[v]) {
                if (w == start) {
                    return pathTo(v, start, parent);
                }
                if (component[w] == group && parent[w] < 0) {
                    parent[w] = v;
                    queue.add(w);
                }
            }
        }
        return List.of(); // a group of one step that does not need itself
    }

    private List<Step> pathTo(int last, int start, int[] parent) {
        ArrayList<Step> reversed = new ArrayList<>();
        for (int v = last; v != start; v = parent[v]) {
            reversed.add(steps.get(v));
        }
        reversed.add(steps.get(start));
        java.util.Collections.reverse(reversed);
        return reversed;
    }
}
