package io.github.whatsappadmin.simulator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StandaloneOptionsTest {

    @Test
    void defaultsArePort8089AndNoSeed() {
        assertThat(StandaloneOptions.parse()).isEqualTo(new StandaloneOptions(8089, false, false));
    }

    @Test
    void portAndSeedAreRead() {
        assertThat(StandaloneOptions.parse("--port", "0", "--seed", "demo")).isEqualTo(new StandaloneOptions(0, true, false));
        assertThat(StandaloneOptions.parse("--seed", "none")).isEqualTo(new StandaloneOptions(8089, false, false));
    }

    @Test
    void helpWins() {
        assertThat(StandaloneOptions.parse("--port", "1", "--help").help()).isTrue();
        assertThat(StandaloneOptions.parse("-h").help()).isTrue();
        assertThat(StandaloneOptions.USAGE).contains("--port").contains("--seed demo|none").contains("Ctrl-C");
    }

    @Test
    void badInputIsExplained() {
        assertThatThrownBy(() -> StandaloneOptions.parse("--port")).hasMessage("--port needs a value");
        assertThatThrownBy(() -> StandaloneOptions.parse("--port", "70000")).hasMessageContaining("0 to 65535");
        assertThatThrownBy(() -> StandaloneOptions.parse("--port", "x")).hasMessageContaining("not x");
        assertThatThrownBy(() -> StandaloneOptions.parse("--seed", "prod")).hasMessageContaining("demo or none");
        assertThatThrownBy(() -> StandaloneOptions.parse("--verbose")).hasMessage("unknown option: --verbose");
    }
}
