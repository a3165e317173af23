package dev.planrun.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a plan of N steps that looks like a large real one: every step type but pip (whose
 * review is the same kind of text), params used through {@code ${...}}, a secret, needs on the
 * previous step and now and then on a step further back, a few conditions. Deterministic for a
 * given N. One step per line, so that 100,000 steps stay under the loader's 10 MiB limit.
 */
public final class SyntheticPlan {

    private SyntheticPlan() {
    }

    public static Path write(Path file, int steps) throws IOException {
        SplittableRandom random = new SplittableRandom(steps);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("""
                    planrun: 1
                    id: synthetic-%d
                    title: Synthetic plan of %d steps
                    on-failure: rollback
                    params:
                      root: {type: path, default: /srv/app}
                      release: {type: string, default: "5.4.1"}
                      port: {type: int, default: 5432}
                      db_password: {type: secret, env: BENCH_DB_PASSWORD}
                      verbose: {type: bool, default: false}
                    connections:
                      db: {url: "jdbc:postgresql://localhost:${port}/app", user: app, password: "${db_password}"}
                    preconditions:
                      - {id: root-present, file: {path: "${root}"}}
                    steps:
                    """.formatted(steps, steps));
            for (int i = 0; i < steps; i++) {
                out.write(step(i, random));
                out.write('\n');
            }
        }
        return file;
    }

    private static String step(int i, SplittableRandom random) {
        StringBuilder needs = new StringBuilder();
        if (i > 0) {
            needs.append(", needs: [s").append(i - 1);
            if (i > 10 && random.nextInt(8) == 0) {
                needs.append(", s").append(random.nextInt(i - 1));
            }
            needs.append(']');
        }
        String head = "  - {id: s" + i + ", type: ";
        return switch (i % 10) {
            case 3 -> head + "sql" + needs + ", connection: db, script: \"select " + i + "\"}";
            case 5 -> head + "file-copy" + needs + ", from: \"${root}/r/f" + i + "\", to: \"${root}/c/f" + i + "\"}";
            case 7 -> head + "config-set" + needs + ", format: properties, file: \"${root}/a.properties\", key: k"
                    + i + ", value: \"${release}\"}";
            case 9 -> i % 1000 == 999
                    ? head + "manual" + needs + ", instructions: \"check batch " + i / 1000 + "\"}"
                    : head + "shell" + needs + ", run: [echo, \"" + i + "\"], when: {param: verbose, expect: \"false\"}}";
            default -> head + "shell" + needs + ", run: [\"${root}/bin/app\", step, \"" + i + "\"]}";
        };
    }
}
