package io.github.whatsappadmin.camel.springboot;

import java.util.Set;

import io.github.whatsappadmin.camel.WhatsAppAccessTokenProvider;
import io.github.whatsappadmin.camel.WhatsAppAdminConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Turns a bean reference in application properties ({@code #name} or {@code #bean:name}) into the bean, for the
 * options whose value is an object: {@code access-token-provider}, {@code ssl-context-parameters},
 * {@code configuration}.
 */
@AutoConfiguration
@ConfigurationPropertiesBinding
public class WhatsAppAdminComponentConverter implements GenericConverter {

    private static final Set<Class<?>> BEAN_TYPES
            = Set.of(WhatsAppAccessTokenProvider.class, SSLContextParameters.class, WhatsAppAdminConfiguration.class);

    private final ApplicationContext applicationContext;

    public WhatsAppAdminComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, WhatsAppAccessTokenProvider.class),
                new ConvertiblePair(String.class, SSLContextParameters.class),
                new ConvertiblePair(String.class, WhatsAppAdminConfiguration.class));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null || !BEAN_TYPES.contains(targetType.getType())) {
            return null;
        }
        String ref = source.toString();
        if (!ref.startsWith("#")) {
            return null;
        }
        String name = ref.startsWith("#bean:") ? ref.substring("#bean:".length()) : ref.substring(1);
        return applicationContext.getBean(name, targetType.getType());
    }
}
