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

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint.ConfigurationPropertiesBeanDescriptor;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token and proxy credentials stay masked in Actuator's configprops and env endpoints even when the application
 * asks them to show values; the other options are shown, which proves the endpoints do show values here.
 */
@SpringBootTest(classes = ActuatorMaskingTest.Application.class, properties = {
        "management.endpoints.web.exposure.include=configprops,env",
        "management.endpoint.configprops.show-values=always",
        "management.endpoint.env.show-values=always",
        "camel.component.whatsapp-admin.access-token=" + ActuatorMaskingTest.TOKEN,
        "camel.component.whatsapp-admin.proxy-username=proxy-user-0042",
        "camel.component.whatsapp-admin.proxy-password=proxy-pass-0042",
        "camel.component.whatsapp-admin.base-url=http://127.0.0.1:8089"})
class ActuatorMaskingTest {

    static final String TOKEN = "EAAGmaskMe0123456789SECRET";

    @Autowired
    ConfigurationPropertiesReportEndpoint configprops;

    @Autowired
    EnvironmentEndpoint env;

    @Test
    void configpropsMasksTheSecretsButShowsTheOtherOptions() {
        ConfigurationPropertiesBeanDescriptor bean = configprops
                .configurationPropertiesWithPrefix("camel.component.whatsapp-admin").getContexts().values().stream()
                .flatMap(context -> context.getBeans().values().stream())
                .filter(candidate -> "camel.component.whatsapp-admin".equals(candidate.getPrefix()))
                .findFirst().orElseThrow();

        Map<String, Object> properties = bean.getProperties();
        assertThat(properties).containsEntry("accessToken", SanitizableData.SANITIZED_VALUE)
                .containsEntry("proxyUsername", SanitizableData.SANITIZED_VALUE)
                .containsEntry("proxyPassword", SanitizableData.SANITIZED_VALUE)
                .containsEntry("baseUrl", "http://127.0.0.1:8089");
        assertThat(bean.getInputs().get("baseUrl").toString()).contains("http://127.0.0.1:8089");
        assertThat(properties.toString() + bean.getInputs())
                .doesNotContain(TOKEN, "proxy-user-0042", "proxy-pass-0042");
    }

    @Test
    void envMasksTheSecretsButShowsTheOtherOptions() {
        assertThat(value("camel.component.whatsapp-admin.access-token")).isEqualTo(SanitizableData.SANITIZED_VALUE);
        assertThat(value("camel.component.whatsapp-admin.proxy-username")).isEqualTo(SanitizableData.SANITIZED_VALUE);
        assertThat(value("camel.component.whatsapp-admin.proxy-password")).isEqualTo(SanitizableData.SANITIZED_VALUE);
        assertThat(value("camel.component.whatsapp-admin.base-url")).isEqualTo("http://127.0.0.1:8089");
        assertThat(env.environment("camel\\.component\\.whatsapp-admin\\..*").toString()).doesNotContain(TOKEN);
    }

    private Object value(String property) {
        return env.environmentEntry(property).getProperty().getValue();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class Application {
    }
}
