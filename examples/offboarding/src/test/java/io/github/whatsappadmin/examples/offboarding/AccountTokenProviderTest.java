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
