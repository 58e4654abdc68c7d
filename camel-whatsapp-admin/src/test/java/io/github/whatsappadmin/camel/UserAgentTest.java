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
package io.github.whatsappadmin.camel;

import java.util.regex.Pattern;

import io.github.whatsappadmin.camel.internal.ProductVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The User-Agent sent by default follows the pattern Meta's description of the API gives it. */
class UserAgentTest extends GraphStubTestSupport {

    /** From Meta's OpenAPI description of the Business Messaging API v23.0. */
    private static final Pattern META_USER_AGENT = Pattern.compile(
            "^[a-zA-Z0-9\\-_]+\\/[0-9]+\\.[0-9]+\\.[0-9]+(;[a-zA-Z0-9\\-=\\.]+)?"
                                                                   + "(\\s+[a-zA-Z0-9\\-_]+\\/[0-9\\-\\.]+)?$");

    @Test
    void defaultUserAgentFollowsMetasPattern() {
        answer(200, "{\"success\":true}");

        send(uri(""));

        String sent = requestsReceived().get(0).getHeader("User-Agent");
        assertThat(sent).isEqualTo(ProductVersion.DEFAULT_USER_AGENT).startsWith("camel-whatsapp-admin/")
                .doesNotContain("SNAPSHOT");
        assertThat(META_USER_AGENT.matcher(sent).matches()).as(sent).isTrue();
    }
}
