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

import java.util.Locale;
import java.util.Map;

import io.github.whatsappadmin.camel.WhatsAppAdminComponent;
import io.github.whatsappadmin.camel.WhatsAppAdminConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Applies {@code camel.component.whatsapp-admin.*} to the whatsapp-admin component when Camel creates it, the way
 * camel-spring-boot's own component starters do. {@code camel.component.whatsapp-admin.enabled=false} (or
 * {@code camel.component.enabled=false}) turns it off.
 */
@AutoConfiguration(after = {CamelAutoConfiguration.class, WhatsAppAdminComponentConverter.class})
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ComponentConfigurationProperties.class, WhatsAppAdminComponentConfiguration.class})
@ConditionalOnHierarchicalProperties({"camel.component", "camel.component.whatsapp-admin"})
public class WhatsAppAdminComponentAutoConfiguration {

    static final String PREFIX = "camel.component.whatsapp-admin";

    private final ApplicationContext applicationContext;
    private final CamelContext camelContext;
    private final WhatsAppAdminComponentConfiguration configuration;

    public WhatsAppAdminComponentAutoConfiguration(ApplicationContext applicationContext, CamelContext camelContext,
                                                   WhatsAppAdminComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.camelContext = camelContext;
        this.configuration = configuration;
    }

    @Lazy
    @Bean
    public ComponentCustomizer configureWhatsAppAdminComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                Map<String, Object> options = CamelPropertiesHelper.getNonNullProperties(camelContext, configuration);
                Object shared = options.remove("configuration");
                if (shared instanceof WhatsAppAdminConfiguration sharedConfiguration) {
                    // The shared configuration goes first and the options set in the application's properties refine
                    // it; this starter's defaults must not undo it. The component gets a copy, so the application's
                    // bean is never changed.
                    ((WhatsAppAdminComponent) target).setConfiguration(sharedConfiguration.copy());
                    options.keySet().removeIf(option -> !isSetInEnvironment(option));
                }
                CamelPropertiesHelper.copyProperties(camelContext, options, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext,
                        "camel.component.customizer", "camel.component.whatsapp-admin.customizer")
                       && target instanceof WhatsAppAdminComponent;
            }
        };
    }

    /** Whether the application set this option itself, in any of Spring Boot's relaxed spellings. */
    private boolean isSetInEnvironment(String option) {
        String dashed = option.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
        ConfigurationPropertyName property = ConfigurationPropertyName.of(PREFIX + "." + dashed);
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(applicationContext.getEnvironment())) {
            if (source.getConfigurationProperty(property) != null) {
                return true;
            }
        }
        return false;
    }
}
