package dev.planrun.examples.demo;

import dev.planrun.sandbox.LocalPostgres;
import dev.planrun.sandbox.Passwords;
import dev.planrun.sql.DatabaseTarget;
import dev.planrun.sql.PostgresBinaries;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The demo's database server and the OMERO database in it: the server named by
 * {@value #ENV} (a JDBC URL of a maintenance database, with a superuser's credentials), or else a
 * throwaway cluster started from the installed PostgreSQL programs and stopped by {@link #close()}.
 * The OMERO database belongs to its own role, as OMERO's installation instructions set it up.
 */
final class SandboxDatabase implements AutoCloseable {

    static final String ENV = "PLANRUN_SANDBOX_PGURL";
    static final String ROLE = "omero_sandbox";

    private final LocalPostgres local;
    private final DatabaseTarget admin;
    private final String password = Passwords.generate();

    private SandboxDatabase(LocalPostgres local, DatabaseTarget admin) {
        this.local = local;
        this.admin = admin;
    }

    /** The server of {@value #ENV}, or a throwaway one. */
    static SandboxDatabase open(Map<String, String> environment) throws IOException {
        String url = environment.get(ENV);
        if (url != null && !url.isBlank()) {
            return new SandboxDatabase(null, new DatabaseTarget(url, null, null));
        }
        LocalPostgres pg = LocalPostgres.start();
        return new SandboxDatabase(pg, pg.admin());
    }

    /** Where the server was found, for the operator. */
    String describe() {
        return local != null ? "a throwaway PostgreSQL on 127.0.0.1:" + local.port() + " (stopped when the demo ends)"
                : "the PostgreSQL server of " + ENV;
    }

    /** Creates (anew) the database {@code name} owned by {@link #ROLE}, and returns it as that role. */
    DatabaseTarget createOmeroDatabase(String name) throws SQLException {
        try (Connection c = admin.open(); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name);
            st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + ROLE + "') THEN "
                    + "CREATE ROLE " + ROLE + " LOGIN; END IF; END $$");
            st.execute("ALTER ROLE " + ROLE + " PASSWORD '" + password + "'");
            st.execute("CREATE DATABASE " + name + " OWNER " + ROLE + " ENCODING 'UTF8' TEMPLATE template0");
        }
        return new DatabaseTarget("jdbc:postgresql://" + host() + ":" + port() + "/" + name, ROLE, password);
    }

    /** The password of {@link #ROLE}: the plan's secret. */
    String password() {
        return password;
    }

    /** The PostgreSQL programs (pg_dump, pg_restore, createdb) matching the server where known. */
    PostgresBinaries binaries() {
        return local != null ? local.binaries() : PostgresBinaries.locate("pg_dump", "pg_restore", "createdb");
    }

    /** The server's host, as libpq and the plan's params name it. */
    String host() {
        return admin.libpqEnvironment().get("PGHOST");
    }

    /** The server's port. */
    int port() {
        return Integer.parseInt(admin.libpqEnvironment().get("PGPORT"));
    }

    @Override
    public void close() {
        if (local != null) {
            local.close();
        }
    }
}
