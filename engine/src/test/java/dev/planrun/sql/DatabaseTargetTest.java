package dev.planrun.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseTargetTest {

    @Test
    void givesLibpqItsSettingsInTheEnvironment() {
        DatabaseTarget t = new DatabaseTarget("jdbc:postgresql://db.example:5433/omero?sslmode=require", "omero",
                "s3cret");
        assertThat(t.libpqEnvironment()).containsEntry("PGHOST", "db.example").containsEntry("PGPORT", "5433")
                .containsEntry("PGDATABASE", "omero").containsEntry("PGUSER", "omero")
                .containsEntry("PGPASSWORD", "s3cret").containsEntry("PGSSLMODE", "require")
                .containsEntry("PGAPPNAME", "planrun");
    }

    @Test
    void neverShowsThePassword() {
        assertThat(new DatabaseTarget("jdbc:postgresql://h/d", "u", "s3cret").toString()).doesNotContain("s3cret")
                .contains("******");
        assertThat(new DatabaseTarget("jdbc:postgresql://h/d?user=u&password=s3cret&x=1", null, null).toString())
                .doesNotContain("s3cret").contains("password=******&x=1");
    }

    @Test
    void takesOnlyPostgresqlUrls() {
        assertThatThrownBy(() -> new DatabaseTarget("jdbc:mysql://h/d", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
