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

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.stream.Collectors;

import io.github.whatsappadmin.camel.budget.InMemoryRegistrationBudgetStore;
import io.github.whatsappadmin.camel.error.WhatsAppInvalidInputException;
import io.github.whatsappadmin.camel.internal.HttpClientPool;
import io.github.whatsappadmin.camel.internal.InputValidator;
import io.github.whatsappadmin.camel.internal.OperationInputs;
import io.github.whatsappadmin.camel.internal.UnknownOptions;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.util.StringHelper;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

/** Administers WhatsApp Business phone numbers through the WhatsApp Cloud API (Meta Graph API). */
@Component("whatsapp-admin")
public class WhatsAppAdminComponent extends DefaultComponent {

    private static final Set<String> ENDPOINT_OPTIONS = new WhatsAppAdminEndpointUriFactory().propertyNames().stream()
            .filter(name -> !"operation".equals(name)).collect(Collectors.toUnmodifiableSet());

    @Metadata(description = "The options shared by every endpoint of this component; each endpoint's URI options"
                            + " override them.")
    private WhatsAppAdminConfiguration configuration = new WhatsAppAdminConfiguration();

    private ScheduledExecutorService scheduler;
    private HttpClientPool clientPool;
    /** The registration budget of every endpoint without a registrationBudgetStore of its own. */
    private final WhatsAppRegistrationBudgetStore defaultBudgetStore = new InMemoryRegistrationBudgetStore();

    public WhatsAppAdminComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        WhatsAppAdminOperation operation = operation(remaining);
        checkBeforeBinding(parameters, operation.name());
        WhatsAppAdminConfiguration endpointConfiguration = configuration != null ? configuration.copy()
                : new WhatsAppAdminConfiguration();
        WhatsAppAdminEndpoint endpoint = new WhatsAppAdminEndpoint(uri, this, operation, endpointConfiguration);
        setProperties(endpoint, parameters);
        InputValidator.validateOptions(endpoint.getConfiguration(), operation.name());
        OperationInputs.validateOptions(endpoint.getConfiguration(), operation.name());
        return endpoint;
    }

    /**
     * Checks what Camel's binding would lose or quote: it reads a duration it does not understand as 0 ms, and its
     * error for a value that is not a bean reference repeats the value (a token given as accessTokenProvider).
     */
    private static void checkBeforeBinding(Map<String, Object> parameters, String operation) {
        parameters.forEach((name, value) -> {
            if ("connectTimeout".equalsIgnoreCase(name) || "requestTimeout".equalsIgnoreCase(name)) {
                InputValidator.durationText(name, value, operation);
            }
            if ("codeMethod".equalsIgnoreCase(name)) {
                OperationInputs.codeMethodText(value, operation);
            }
            if ("accessTokenProvider".equalsIgnoreCase(name) && value instanceof String text
                && !text.startsWith("#")) {
                throw new WhatsAppInvalidInputException("accessTokenProvider",
                        "Invalid accessTokenProvider: it must name a bean, as #name (the value given is not shown, it"
                                                                               + " may be a token). Give a token as accessToken instead.",
                        operation, null);
            }
        });
    }

    /** Names each unknown option and the one most likely meant, without the values Camel's own error repeats. */
    @Override
    protected void validateParameters(String uri, Map<String, Object> parameters, String optionPrefix) {
        if (parameters == null || parameters.isEmpty()) {
            return;
        }
        String path = StringHelper.after(uri, ":", uri);
        String operation = StringHelper.before(path.replaceFirst("^//", ""), "?", path);
        throw UnknownOptions.refuse(parameters.keySet(), ENDPOINT_OPTIONS, operation);
    }

    private static WhatsAppAdminOperation operation(String remaining) {
        WhatsAppAdminOperation op = WhatsAppAdminOperation.named(remaining);
        if (op == null) {
            throw new WhatsAppInvalidInputException("operation",
                    "Unknown whatsapp-admin operation '" + remaining + "': use whatsapp-admin:<operation> with one of "
                                                                 + WhatsAppAdminOperation.names() + ".",
                    remaining, null);
        }
        return op;
    }

    public WhatsAppAdminConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(WhatsAppAdminConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The store an endpoint's registration budget guard records attempts in. */
    WhatsAppRegistrationBudgetStore budgetStore(WhatsAppAdminConfiguration endpointConfiguration) {
        WhatsAppRegistrationBudgetStore store = endpointConfiguration.getRegistrationBudgetStore();
        return store != null ? store : defaultBudgetStore;
    }

    /** The HTTP clients shared by this component's endpoints. */
    synchronized HttpClientPool getClientPool() {
        if (clientPool == null) {
            ExecutorServiceManager manager = getCamelContext().getExecutorServiceManager();
            // One thread for every deadline and the eviction of idle connections, however many calls are in flight.
            // Abort, not Camel's default CallerRuns: a call started while the component stops must hear of it.
            ThreadPoolProfile profile = new ThreadPoolProfileBuilder("WhatsAppAdminTimeout").poolSize(1)
                    .maxPoolSize(1).maxQueueSize(-1).rejectedPolicy(ThreadPoolRejectedPolicy.Abort).build();
            scheduler = manager.newScheduledThreadPool(this, "WhatsAppAdminTimeout", profile);
            ThreadFactory ioThreads = runnable -> {
                Thread thread = manager.newThread("WhatsAppAdminHttpClient", runnable);
                thread.setDaemon(true);
                return thread;
            };
            clientPool = new HttpClientPool(getCamelContext(), scheduler, ioThreads);
        }
        return clientPool;
    }

    @Override
    protected synchronized void doStop() throws Exception {
        if (clientPool != null) {
            clientPool.closeAll();
            clientPool = null;
        }
        if (scheduler != null) {
            getCamelContext().getExecutorServiceManager().shutdownNow(scheduler);
            scheduler = null;
        }
        super.doStop();
    }
}
