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

import java.util.List;
import java.util.Locale;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the whatsapp-admin secrets (access token, proxy credentials) in Actuator's {@code configprops} and {@code env}
 * endpoints, even when {@code show-values} is {@code always}: the token grants control over the business's phone
 * numbers, and nobody reading an actuator endpoint needs it.
 * <p>
 * Keys arrive in several spellings ({@code access-token} from properties files, {@code accessToken} from configprops,
 * {@code CAMEL_COMPONENT_WHATSAPPADMIN_ACCESSTOKEN} from the environment, {@code configuration.accessToken} nested),
 * so they are compared with dashes, dots, underscores and case removed.
 */
public class WhatsAppAdminSanitizingFunction implements SanitizingFunction {

    private static final String PREFIX = "camelcomponentwhatsappadmin";
    /** The component's secret options (from its descriptor), as {@link #isSecret} compares them. */
    private static final List<String> SECRETS = WhatsAppAdminComponentConfiguration.SECRET_OPTIONS.stream()
            .map(option -> option.toLowerCase(Locale.ROOT)).toList();

    @Override
    public SanitizableData apply(SanitizableData data) {
        return isSecret(data.getKey()) ? data.withSanitizedValue() : data;
    }

    static boolean isSecret(String key) {
        if (key == null) {
            return false;
        }
        String normalized = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return normalized.startsWith(PREFIX) && SECRETS.stream().anyMatch(normalized::endsWith);
    }
}
