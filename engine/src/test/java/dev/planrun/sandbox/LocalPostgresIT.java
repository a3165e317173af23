package dev.planrun.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.planrun.sql.DatabaseTarget;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** A cluster of its own: private, password-protected, UTF8, and gone after close. */
class LocalPostgresIT {

    @Test
    void startsAPrivateClusterAndRemovesItOnClose() throws Exception {
        Path dir;
        int port;
        try (LocalPostgres pg = LocalPostgres.start()) {
            port = pg.port();
            DatabaseTarget db = pg.createDatabase("sample");
            try (Connection c = db.open(); Statement s = c.createStatement()) {
                assertThat(single(s, "show listen_addresses")).isEqualTo("127.0.0.1");
                assertThat(single(s, "show server_encoding")).isEqualTo("UTF8");
                assertThat(single(s, "show fsync")).isEqualTo("off");
                assertThat(single(s, "select current_database()")).isEqualTo("sample");
                assertThat(single(s, "select application_name from pg_stat_activity where pid = pg_backend_pid()"))
                        .isEqualTo("planrun");
                dir = Path.of(single(s, "show data_directory")).getParent();
            }
            assertThat(dir).exists();
            DatabaseTarget wrongPassword = new DatabaseTarget(db.url(), db.user(), "not-the-password");
            assertThatThrownBy(wrongPassword::open).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            pg.dropDatabase("sample");
            assertThatThrownBy(db::open).isInstanceOf(SQLException.class).hasMessageContaining("does not exist");
        }
        assertThat(Files.exists(dir)).isFalse();
        try (Socket socket = new Socket()) {
            assertThatThrownBy(() -> socket.connect(new InetSocketAddress("127.0.0.1", port), 1000))
                    .isInstanceOf(java.io.IOException.class);
        }
    }

    @Test
    void refusesNamesThatAreNotPlainIdentifiers() throws Exception {
        try (LocalPostgres pg = LocalPostgres.start()) {
            assertThatThrownBy(() -> pg.createDatabase("x; drop database postgres"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
