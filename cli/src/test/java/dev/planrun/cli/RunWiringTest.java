package dev.planrun.cli;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class RunWiringTest {

    @Test
    void everyStepTypeHasExactlyOneExecutor() {
        assertThatCode(RunWiring::executors).doesNotThrowAnyException();
    }
}
