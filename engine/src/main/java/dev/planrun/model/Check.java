package dev.planrun.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * A condition: a precondition of the plan or of a step, or a step's {@code when}.
 * Leaves (sql, command, file, param) carry an {@link Expect}; all/any/not combine checks.
 */
public sealed interface Check extends Located {

    CheckMeta meta();

    @Override
    default Position position() {
        return meta().position();
    }

    /** The first column of the first row of a query, in a READ ONLY transaction. */
    record SqlCheck(CheckMeta meta,
                    @NotBlank(message = "a sql check needs a connection") String connection,
                    @NotBlank(message = "a sql check needs a query") String query, Expect expect) implements Check {
        @Override
        public String kind() {
            return "sql";
        }

    }

    /** A program's trimmed output and exit code. */
    record CommandCheck(CheckMeta meta,
                        @NotEmpty(message = "a command check needs run: [program, args]") List<@NotBlank String> run,
                        String cwd, Map<String, String> env, Expect expect)
            implements Check {
        @Override
        public String kind() {
            return "command";
        }

        public CommandCheck {
            run = run == null ? List.of() : List.copyOf(run);
            env = env == null ? Map.of() : Map.copyOf(env);
        }
    }

    /** A path; without an expectation it must exist. */
    record FileCheck(CheckMeta meta, @NotBlank(message = "a file check needs a path") String path, Expect expect) implements Check {
        @Override
        public String kind() {
            return "file";
        }

    }

    /** A parameter's value. */
    record ParamCheck(CheckMeta meta, @NotBlank(message = "a param check needs the param's name") String name, Expect expect) implements Check {
        @Override
        public String kind() {
            return "param";
        }

    }

    /** Every check holds. */
    record AllCheck(CheckMeta meta, @NotEmpty(message = "'all' needs at least one check") List<@Valid Check> checks) implements Check {
        @Override
        public String kind() {
            return "all";
        }

        public AllCheck {
            checks = List.copyOf(checks);
        }
    }

    /** At least one check holds. */
    record AnyCheck(CheckMeta meta, @NotEmpty(message = "'any' needs at least one check") List<@Valid Check> checks) implements Check {
        @Override
        public String kind() {
            return "any";
        }

        public AnyCheck {
            checks = List.copyOf(checks);
        }
    }

    /** The check does not hold. */
    record NotCheck(CheckMeta meta, @NotNull(message = "'not' needs a check") @Valid Check check) implements Check {
        @Override
        public String kind() {
            return "not";
        }

    }

    /** The word used in plan files: sql, command, file, param, all, any or not. */
    String kind();
}
