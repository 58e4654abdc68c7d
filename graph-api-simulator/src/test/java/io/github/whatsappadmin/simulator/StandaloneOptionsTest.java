/*
 * Copyright The camel-whatsapp-admin Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.whatsappadmin.simulator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StandaloneOptionsTest {

    @Test
    void defaultsArePort8089OnLoopbackAndNoSeed() {
        assertThat(StandaloneOptions.parse()).isEqualTo(new StandaloneOptions(8089, "127.0.0.1", false, 250, false));
    }

    @Test
    void portBindAddressSeedAndBulkNumbersAreRead() {
        assertThat(StandaloneOptions.parse("--port", "0", "--seed", "demo"))
                .isEqualTo(new StandaloneOptions(0, "127.0.0.1", true, 250, false));
        assertThat(StandaloneOptions.parse("--seed", "none"))
                .isEqualTo(new StandaloneOptions(8089, "127.0.0.1", false, 250, false));
        assertThat(StandaloneOptions.parse("--bind-address", "0.0.0.0", "--seed", "demo", "--bulk-numbers", "1000"))
                .isEqualTo(new StandaloneOptions(8089, "0.0.0.0", true, 1000, false));
    }

    @Test
    void helpWins() {
        assertThat(StandaloneOptions.parse("--port", "1", "--help").help()).isTrue();
        assertThat(StandaloneOptions.parse("-h").help()).isTrue();
        assertThat(StandaloneOptions.USAGE).contains("--port").contains("--seed demo|none").contains("Ctrl-C")
                .contains("--bind-address <address>").contains("default 127.0.0.1").contains("--bulk-numbers <count>");
    }

    @Test
    void badInputIsExplained() {
        assertThatThrownBy(() -> StandaloneOptions.parse("--port")).hasMessage("--port needs a value");
        assertThatThrownBy(() -> StandaloneOptions.parse("--port", "70000")).hasMessageContaining("0 to 65535");
        assertThatThrownBy(() -> StandaloneOptions.parse("--port", "x")).hasMessageContaining("not x");
        assertThatThrownBy(() -> StandaloneOptions.parse("--seed", "prod")).hasMessageContaining("demo or none");
        assertThatThrownBy(() -> StandaloneOptions.parse("--verbose")).hasMessage("unknown option: --verbose");
        assertThatThrownBy(() -> StandaloneOptions.parse("--bind-address")).hasMessage("--bind-address needs a value");
        assertThatThrownBy(() -> StandaloneOptions.parse("--bind-address", " ")).hasMessageContaining("127.0.0.1");
        assertThatThrownBy(() -> StandaloneOptions.parse("--seed", "demo", "--bulk-numbers", "-1"))
                .hasMessageContaining("0 to 100000, not -1");
        assertThatThrownBy(() -> StandaloneOptions.parse("--seed", "demo", "--bulk-numbers", "many"))
                .hasMessageContaining("not many");
        assertThatThrownBy(() -> StandaloneOptions.parse("--bulk-numbers", "10"))
                .hasMessageContaining("add --seed demo");
    }
}
