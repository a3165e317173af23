package dev.planrun.examples.demo;

import dev.planrun.examples.sim.OmeroDatabase;
import dev.planrun.examples.sim.OmeroSandbox;
import dev.planrun.sandbox.Directories;
import dev.planrun.sql.DatabaseTarget;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The sandbox demo: builds a simulated OMERO.server 5.5 site (release, configuration, data,
 * virtualenv, the 5.6 release archive) and its database, then runs {@code ./planrun} as an
 * administrator would: the review of the 5.5 to 5.6 catalog plan, the upgrade, and its status.
 * Everything it makes stays under {@code --dir} to look at afterwards.
 */
@Command(name = "sandbox-demo", mixinStandardHelpOptions = true, description = {
        "Builds a sandbox OMERO.server 5.5 installation and database, shows the review of the",
        "5.5 to 5.6 plan, applies it and shows the status. Uses the PostgreSQL server of",
        "$" + SandboxDatabase.ENV + " (a JDBC URL with a superuser's credentials) when set,",
        "else starts a throwaway one from the installed PostgreSQL programs."})
public final class SandboxDemo implements Callable<Integer> {

    static final String PLAN = "plans/omero-server/5.5-to-5.6.yaml";
    static final String DB_NAME = "planrun_sandbox_omero";
    private static final String MARKER = ".planrun-sandbox";

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".planrun/sandbox",
            description = "Where the sandbox is built (emptied first; default: ${DEFAULT-VALUE}).")
    private Path dir;

    @Option(names = "--planrun", paramLabel = "PATH", defaultValue = "./planrun",
            description = "The planrun launcher to run (default: ${DEFAULT-VALUE}).")
    private Path planrun;

    @Option(names = "--repository", paramLabel = "DIR", defaultValue = ".",
            description = "The planrun repository, whose " + PLAN + " is applied (default: the current directory).")
    private Path repository;

    private final PrintStream out = System.out;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SandboxDemo()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path root = dir.toAbsolutePath().normalize();
        Path plan = repository.toAbsolutePath().normalize().resolve(PLAN);
        if (!emptySandbox(root)) {
            return 2;
        }
        try (SandboxDatabase server = SandboxDatabase.open(System.getenv())) {
            out.println("== Sandbox: " + root);
            out.println("   database server: " + server.describe());
            DatabaseTarget db = server.createOmeroDatabase(DB_NAME);
            try (Connection c = db.open()) {
                OmeroDatabase.initialise(c, "5.5", OmeroDatabase.Options.clean());
                out.println("   database " + DB_NAME + " at " + OmeroDatabase.currentVersion(c) + " (OMERO 5.5)");
            }
            out.println("   building OMERO.server 5.5, its virtualenv (omero-py 5.19.3) and the 5.6 release archive...");
            OmeroSandbox.Layout site = new OmeroSandbox().create(root.resolve("site"), "5.5", "5.6", DB_NAME, true);
            Path params = writeParams(root, site, server);
            Path state = root.resolve("state");
            Planrun cli = new Planrun(planrun.toAbsolutePath().normalize(), root, Map.of("OMERO_DB_PASS", server.password()), out);

            int review = cli.run("The review (what goes into the change ticket; nothing is changed)",
                    "plan", plan.toString(), "--params-file", params.toString());
            if (review != 0) {
                return review;
            }
            int applied = cli.run("The upgrade (--yes confirms the manual steps, as an operator at the terminal would)",
                    "apply", plan.toString(), "--params-file", params.toString(), "--state-dir", state.toString(), "--yes");
            cli.run("Where each step stands", "status", plan.toString(), "--state-dir", state.toString());
            try (Connection c = db.open()) {
                out.println();
                out.println("== After the upgrade");
                out.println("   " + site.serverDir() + " -> " + Files.readSymbolicLink(site.serverDir()));
                out.println("   the 5.5 installation is kept: " + site.oldInstallation());
                out.println("   database " + DB_NAME + " at " + OmeroDatabase.currentVersion(c));
                out.println("   backups: " + String.join(", ", list(site.backupDir())));
                out.println("   run journal, step logs and reports: " + state);
            }
            return applied;
        }
    }

    /** Empties the sandbox of an earlier demo; refuses any other directory that is not empty. */
    private boolean emptySandbox(Path root) throws Exception {
        Path marker = root.resolve(MARKER);
        if (Files.isDirectory(root) && !Files.exists(marker)) {
            try (var entries = Files.list(root)) {
                if (entries.findAny().isPresent()) {
                    System.err.println("sandbox-demo: " + root + " is not empty and is not a sandbox of this demo;"
                            + " choose another --dir");
                    return false;
                }
            }
        }
        if (Files.exists(root)) {
            Directories.deleteRecursively(root);
        }
        Files.createDirectories(root);
        Files.writeString(marker, "made by planrun's sandbox demo: the demo empties this directory when it runs again\n");
        return true;
    }

    /** The site's parameters in a params file, as a site would keep them; the password stays in the environment. */
    private static Path writeParams(Path root, OmeroSandbox.Layout site, SandboxDatabase server) throws Exception {
        Map<String, String> p = new LinkedHashMap<>(site.params(server.host(), server.port(), DB_NAME, SandboxDatabase.ROLE));
        for (String program : List.of("pg_dump", "pg_restore", "createdb")) {
            p.put(program, server.binaries().program(program).toString());
        }
        StringBuilder yaml = new StringBuilder("# The sandbox site's parameters; db_password comes from OMERO_DB_PASS.\n");
        p.forEach((k, v) -> yaml.append(k).append(": \"").append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n"));
        return Files.writeString(root.resolve("params.yaml"), yaml);
    }

    private static List<String> list(Path directory) throws Exception {
        List<String> names = new ArrayList<>();
        try (var files = Files.list(directory)) {
            files.map(f -> f.getFileName().toString()).sorted().forEach(names::add);
        }
        return names;
    }
}
