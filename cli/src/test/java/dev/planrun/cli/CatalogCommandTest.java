package dev.planrun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogCommandTest {

    @Test
    void listsEveryShippedPlan() {
        CliRun run = CliRun.run("catalog", "list");
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("omero-server-3.2-to-4.0", "omero-server-5.3.0-5.3.3-to-5.4",
                "omero-web-", "openrem-0.9.1-to-0.10.0");
    }

    @Test
    void showsTheHopsFromOneVersionToAnother() {
        CliRun run = CliRun.run("catalog", "path", "omero-server", "--from", "4.4", "--to", "5.6");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("omero-server 4.4 -> 5.6: 7 hops")
                .contains(" 1. 4.4      -> 5.0      omero-server-4.4-to-5.0")
                .contains(" 6. 5.4      -> 5.5 ")
                .contains("note: chose omero-server-5.3-to-5.4");
    }

    @Test
    void saysWhyThereIsNoPath() {
        CliRun run = CliRun.run("catalog", "path", "omero-server", "--from", "5.6", "--to", "3.2");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no chain of omero-server plans goes from 5.6 to 3.2");

        CliRun unknown = CliRun.run("catalog", "path", "omero", "--from", "1", "--to", "2");
        assertThat(unknown.err()).contains("no catalog plans for product 'omero'; products: omero-server, omero-web, openrem");
    }

    @Test
    void autoStartSaysWhenTheDatabaseCannotBeRead() {
        CliRun run = CliRun.run("catalog", "path", "omero-server", "--from", "auto", "--to", "5.6",
                "-p", "db_host=127.0.0.1", "-p", "db_port=1");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read the omero-server database version").doesNotContain("Exception");
    }
}
