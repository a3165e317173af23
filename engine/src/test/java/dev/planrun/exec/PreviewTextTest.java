package dev.planrun.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.interp.Masker;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PreviewTextTest {

    @Test
    void quotes_only_the_arguments_a_shell_would_split_or_interpret() {
        assertThat(PreviewText.command(List.of("/opt/omero/bin/omero", "config", "set", "omero.db.name", "it's; x", "")))
                .isEqualTo("/opt/omero/bin/omero config set omero.db.name 'it'\\''s; x' ''");
        assertThat(PreviewText.quote("$HOME")).isEqualTo("'$HOME'");
    }

    @Test
    void values_of_secret_looking_keys_are_hidden_and_others_masked_by_the_run_secrets() {
        Masker masker = new Masker(Set.of("s3cr3t"));

        assertThat(PreviewText.value("omero.db.pass", "anything", masker)).isEqualTo(Masker.MASK);
        assertThat(PreviewText.value("SECRET_KEY", "anything", masker)).isEqualTo(Masker.MASK);
        assertThat(PreviewText.value("api_token", "anything", masker)).isEqualTo(Masker.MASK);
        assertThat(PreviewText.value("omero.db.host", "db-s3cr3t", masker)).isEqualTo("db-******");
        assertThat(PreviewText.value("omero.db.passive", "x", masker)).isEqualTo("x");
    }
}
