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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.github.whatsappadmin.camel.WhatsAppAccessTokenProvider;

/**
 * One token per business account: a number whose input row names an account with its own token is sent with that
 * token, every other number with the default one. The component asks at each send, so one route offboards numbers of
 * many businesses.
 */
final class AccountTokenProvider implements WhatsAppAccessTokenProvider {

    /** In live mode, {@code WHATSAPP_ACCESS_TOKEN_<account ID>} holds the token of that account. */
    static final String ACCOUNT_TOKEN_PREFIX = "WHATSAPP_ACCESS_TOKEN_";

    private final Map<String, String> accountOfNumber;
    private final Map<String, String> tokenOfAccount;
    private final String defaultToken;

    AccountTokenProvider(List<NumberRow> rows, Map<String, String> tokenOfAccount, String defaultToken) {
        this.accountOfNumber = rows.stream().collect(Collectors.toMap(NumberRow::phoneNumberId, NumberRow::account));
        this.tokenOfAccount = Map.copyOf(tokenOfAccount);
        this.defaultToken = defaultToken;
    }

    /** The account tokens found in the environment ({@code WHATSAPP_ACCESS_TOKEN_<account ID>}). */
    static Map<String, String> accountTokensFrom(Map<String, String> environment) {
        return environment.entrySet().stream()
                .filter(e -> e.getKey().startsWith(ACCOUNT_TOKEN_PREFIX) && !e.getValue().isBlank())
                .collect(Collectors.toMap(e -> e.getKey().substring(ACCOUNT_TOKEN_PREFIX.length()),
                        Map.Entry::getValue));
    }

    @Override
    public String getAccessToken(String phoneNumberId) {
        String account = accountOfNumber.getOrDefault(phoneNumberId, "");
        return tokenOfAccount.getOrDefault(account, defaultToken);
    }

    /** Every token it hands out, to be masked in whatever the job writes. */
    List<String> tokens() {
        List<String> tokens = new ArrayList<>(tokenOfAccount.values());
        tokens.add(defaultToken);
        return tokens;
    }

    /** The accounts with a token of their own (IDs only), sorted. */
    Set<String> accountsWithOwnToken() {
        return new TreeSet<>(tokenOfAccount.keySet());
    }
}
