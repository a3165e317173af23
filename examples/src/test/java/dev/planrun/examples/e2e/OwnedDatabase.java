package dev.planrun.examples.e2e;

import dev.planrun.sql.DatabaseTarget;
import dev.planrun.testkit.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** New databases on the test PostgreSQL owned by a login role (created once), as a site's database is. */
final class OwnedDatabase {

    private OwnedDatabase() {
    }

    /** A new, empty database whose name starts with {@code hint}, owned by {@code role}; reached as that role. */
    static DatabaseTarget create(String hint, String role, String password) {
        TestPostgres pg = TestPostgres.get();
        DatabaseTarget admin = pg.createDatabase(hint);
        String name = admin.url().substring(admin.url().lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        try (Connection c = pg.admin().open(); Statement s = c.createStatement()) {
            s.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + role + "') then"
                    + " create role " + role + " login password '" + password + "'; end if; end $$");
            s.execute("alter database " + name + " owner to " + role);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new DatabaseTarget(admin.url(), role, password);
    }
}
