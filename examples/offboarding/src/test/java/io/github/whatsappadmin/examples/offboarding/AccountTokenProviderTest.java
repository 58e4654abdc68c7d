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
package io.github.whatsappadmin.examples.offboarding;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountTokenProviderTest {

    private final List<NumberRow> rows = List.of(new NumberRow(2, "1001", "", "501"),
            new NumberRow(3, "1002", "", "502"), new NumberRow(4, "1003", "", ""));

    @Test
    void aNumberOfAnAccountWithItsOwnTokenUsesItOthersTheDefault() {
        AccountTokenProvider tokens = new AccountTokenProvider(rows, Map.of("501", "token-501"), "default-token");

        assertThat(tokens.getAccessToken("1001")).isEqualTo("token-501");
        assertThat(tokens.getAccessToken("1002")).isEqualTo("default-token");
        assertThat(tokens.getAccessToken("1003")).isEqualTo("default-token");
    }

    @Test
    void accountTokensComeFromTheirEnvironmentVariables() {
        Map<String, String> environment = Map.of("WHATSAPP_ACCESS_TOKEN", "default-token",
                "WHATSAPP_ACCESS_TOKEN_501", "token-501", "WHATSAPP_ACCESS_TOKEN_502", " ", "HOME", "/root");

        assertThat(AccountTokenProvider.accountTokensFrom(environment)).containsExactly(Map.entry("501", "token-501"));
    }
}
