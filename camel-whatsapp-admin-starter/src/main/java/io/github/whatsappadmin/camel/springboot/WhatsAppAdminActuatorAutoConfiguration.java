package io.github.whatsappadmin.camel.springboot;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** Contributes {@link WhatsAppAdminSanitizingFunction} to Actuator, when Actuator is on the classpath. */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public class WhatsAppAdminActuatorAutoConfiguration {

    @Bean
    public WhatsAppAdminSanitizingFunction whatsAppAdminSanitizingFunction() {
        return new WhatsAppAdminSanitizingFunction();
    }
}
