package dev.planrun.exec.configset;

import static dev.planrun.exec.configset.Steps.python;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PythonFormatTest {

    private static final String SETTINGS = """
            import os
            DATABASES = {
                'default': {
                    'ENGINE': 'django.db.backends.postgresql',  # ( in a comment
                    'NAME': 'openremdb',
                }
            }
            MEDIA_ROOT = '/var/openrem/media/'
            STATIC_ROOT = '/var/openrem/static/'
            SECRET_KEY = 'a ( b'
            DEBUG = False
            """;

    private final PythonFormat format = new PythonFormat();

    @Test
    void reads_whole_statements_including_multi_line_ones() {
        assertThat(format.read(SETTINGS, python("f", "DEBUG", "x", null))).hasValue("False");
        assertThat(format.read(SETTINGS, python("f", "SECRET_KEY", "x", null))).hasValue("'a ( b'");
        assertThat(format.read(SETTINGS, python("f", "DATABASES", "x", null)).orElseThrow())
                .startsWith("{\n").endsWith("}\n}");
    }

    @Test
    void adds_a_new_key_just_after_the_given_one() {
        String edited = format.edit(SETTINGS, python("f", "JS_REVERSE_OUTPUT_PATH",
                "os.path.join(STATIC_ROOT, 'js', 'django_reverse')", "STATIC_ROOT"));

        assertThat(edited).contains("STATIC_ROOT = '/var/openrem/static/'\n"
                + "JS_REVERSE_OUTPUT_PATH = os.path.join(STATIC_ROOT, 'js', 'django_reverse')\nSECRET_KEY");
        assertThat(format.edit(edited, python("f", "JS_REVERSE_OUTPUT_PATH",
                "os.path.join(STATIC_ROOT, 'js', 'django_reverse')", "STATIC_ROOT"))).isSameAs(edited);
        assertThat(format.edit(SETTINGS, python("f", "NEW", "1", "NOT_THERE"))).endsWith("DEBUG = False\nNEW = 1\n");
    }

    @Test
    void replaces_a_multi_line_statement_whole() {
        String edited = format.edit(SETTINGS, python("f", "DATABASES", "{'default': {'ENGINE': 'sqlite3'}}", null));

        assertThat(edited).isEqualTo(SETTINGS.substring(0, SETTINGS.indexOf("DATABASES"))
                + "DATABASES = {'default': {'ENGINE': 'sqlite3'}}\n"
                + SETTINGS.substring(SETTINGS.indexOf("MEDIA_ROOT")));
    }

    @Test
    void unset_removes_the_statement_and_leaves_comparisons_alone() {
        String withComparison = SETTINGS + "DEBUG == True\n";

        assertThat(format.edit(withComparison, python("f", "DEBUG", null, null)))
                .doesNotContain("DEBUG = False").endsWith("SECRET_KEY = 'a ( b'\nDEBUG == True\n");
    }
}
