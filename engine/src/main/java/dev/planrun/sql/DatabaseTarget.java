package dev.planrun.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.postgresql.Driver;
import org.postgresql.PGProperty;

/**
 * Where a PostgreSQL database is and who to connect as: a JDBC URL
 * ({@code jdbc:postgresql://host:port/database}) with a user and password. Connections carry
 * {@code application_name = planrun}, so that other sessions can see who holds the database.
 * {@link #toString()} never shows the password.
 */
public record DatabaseTarget(String url, String user, String password) {

    /** The application name planrun's sessions show in {@code pg_stat_activity}. */
    public static final String APPLICATION_NAME = "planrun";

    public DatabaseTarget {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
        }
    }

    /** A new connection (autocommit on); the caller closes it. */
    public Connection open() throws SQLException {
        Properties props = new Properties();
        PGProperty.APPLICATION_NAME.set(props, APPLICATION_NAME);
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        return DriverManager.getConnection(url, props);
    }

    /**
     * The libpq view of the URL for psql and pg_dump: {@code PGHOST}, {@code PGPORT},
     * {@code PGDATABASE}, {@code PGUSER}, {@code PGAPPNAME}, {@code PGSSLMODE} when the URL sets
     * it, and {@code PGPASSWORD}: environment variables, so that the password never appears in a
     * command line.
     */
    public Map<String, String> libpqEnvironment() {
        Properties parsed = Driver.parseURL(url, null);
        if (parsed == null) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PGHOST", parsed.getProperty(PGProperty.PG_HOST.getName(), "localhost"));
        env.put("PGPORT", parsed.getProperty(PGProperty.PG_PORT.getName(), "5432"));
        env.put("PGDATABASE", parsed.getProperty(PGProperty.PG_DBNAME.getName(), user == null ? "" : user));
        String u = user != null ? user : parsed.getProperty("user");
        if (u != null) {
            env.put("PGUSER", u);
        }
        String p = password != null ? password : parsed.getProperty("password");
        if (p != null) {
            env.put("PGPASSWORD", p);
        }
        String sslmode = parsed.getProperty(PGProperty.SSL_MODE.getName());
        if (sslmode != null) {
            env.put("PGSSLMODE", sslmode);
        }
        env.put("PGAPPNAME", APPLICATION_NAME);
        return env;
    }

    @Override
    public String toString() {
        String shownUrl = url.replaceAll("(?i)(password=)[^&]*", "$1******");
        return "DatabaseTarget[url=" + shownUrl + ", user=" + user + ", password=" + (password == null ? "none" : "******") + "]";
    }
}
