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
package io.github.whatsappadmin.camel.springboot;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Secrets are recognised in every spelling Spring Boot accepts for them, and nothing else is masked. */
class WhatsAppAdminSanitizingFunctionTest {

    @ParameterizedTest
    @ValueSource(strings = {"camel.component.whatsapp-admin.access-token", "camel.component.whatsapp-admin.accessToken",
            "CAMEL_COMPONENT_WHATSAPPADMIN_ACCESSTOKEN", "camel.component.whatsapp-admin.configuration.accessToken",
            "camel.component.whatsapp-admin.proxy-password", "CAMEL_COMPONENT_WHATSAPPADMIN_PROXYPASSWORD",
            "camel.component.whatsapp-admin.proxyUsername", "camel.component.whatsapp-admin.configuration.proxy-username"})
    void secretsAreMaskedInEverySpelling(String key) {
        assertThat(WhatsAppAdminSanitizingFunction.isSecret(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"camel.component.whatsapp-admin.access-token-provider",
            "camel.component.whatsapp-admin.base-url", "camel.component.whatsapp-admin.proxy-host",
            "camel.component.telegram.authorization-token", "my.app.access-token"})
    void otherKeysAreLeftToSpringBoot(String key) {
        assertThat(WhatsAppAdminSanitizingFunction.isSecret(key)).isFalse();
    }
}
