package io.github.whatsappadmin.camel;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;

import io.github.whatsappadmin.camel.error.WhatsAppInvalidInputException;
import io.github.whatsappadmin.camel.internal.HttpClientPool;
import io.github.whatsappadmin.camel.internal.InputValidator;
import io.github.whatsappadmin.camel.internal.UnknownOptions;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.util.StringHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Administers WhatsApp Business phone numbers through the WhatsApp Cloud API (Meta Graph API). */
@Component("whatsapp-admin")
public class WhatsAppAdminComponent extends DefaultComponent {

    private static final Logger LOG = LoggerFactory.getLogger(WhatsAppAdminComponent.class);

    private static final Set<String> ENDPOINT_OPTIONS = new WhatsAppAdminEndpointUriFactory().propertyNames().stream()
            .filter(name -> !"operation".equals(name)).collect(Collectors.toUnmodifiableSet());

    @Metadata(description = "The options shared by every endpoint of this component; each endpoint's URI options"
                            + " override them.")
    private WhatsAppAdminConfiguration configuration = new WhatsAppAdminConfiguration();

    private ExecutorService executor;
    private ScheduledExecutorService timeoutScheduler;
    private HttpClientPool clientPool;

    public WhatsAppAdminComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        WhatsAppAdminOperation operation = operation(remaining);
        checkBeforeBinding(parameters, operation.name());
        WhatsAppAdminConfiguration endpointConfiguration
                = configuration != null ? configuration.copy() : new WhatsAppAdminConfiguration();
        WhatsAppAdminEndpoint endpoint = new WhatsAppAdminEndpoint(uri, this, operation, endpointConfiguration);
        setProperties(endpoint, parameters);
        InputValidator.validateOptions(endpoint.getConfiguration(), operation.name());
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
        for (WhatsAppAdminOperation op : WhatsAppAdminOperation.values()) {
            if (op.name().equals(remaining)) {
                return op;
            }
        }
        throw new WhatsAppInvalidInputException("operation",
                "Unknown whatsapp-admin operation '" + remaining + "': use whatsapp-admin:deregister.", remaining, null);
    }

    public WhatsAppAdminConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(WhatsAppAdminConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The HTTP clients shared by this component's endpoints. */
    synchronized HttpClientPool getClientPool() {
        if (clientPool == null) {
            ExecutorServiceManager manager = getCamelContext().getExecutorServiceManager();
            executor = manager.newCachedThreadPool(this, "WhatsAppAdminHttpClient");
            // one deadline per call in flight, however many: no queue limit
            ThreadPoolProfile deadlines = new ThreadPoolProfileBuilder("WhatsAppAdminTimeout").poolSize(1)
                    .maxPoolSize(1).maxQueueSize(-1).build();
            timeoutScheduler = manager.newScheduledThreadPool(this, "WhatsAppAdminTimeout", deadlines);
            adviseOnThreadPerCall();
            clientPool = new HttpClientPool(getCamelContext(), executor, timeoutScheduler);
        }
        return clientPool;
    }

    /**
     * On Java 17 to 24, the JDK HTTP client hands every completed call to CompletableFuture's default executor; with a
     * common pool of fewer than 2 threads (hosts or containers with 2 CPUs or fewer) that executor starts a new thread
     * per call. Correct, but it costs CPU: say how to avoid it.
     */
    private static void adviseOnThreadPerCall() {
        if (Runtime.version().feature() < 25 && ForkJoinPool.getCommonPoolParallelism() < 2) {
            LOG.info("The JVM's common pool has {} thread(s): the JDK HTTP client then starts a thread per call."
                     + " Start the JVM with -Djava.util.concurrent.ForkJoinPool.common.parallelism=2 to avoid it"
                     + " (see https://github.com/whatsappadmin/camel-whatsapp-admin/blob/main/docs/performance.md).",
                    ForkJoinPool.getCommonPoolParallelism());
        }
    }

    @Override
    protected synchronized void doStop() throws Exception {
        if (clientPool != null) {
            clientPool.closeAll();
            clientPool = null;
        }
        ExecutorServiceManager manager = getCamelContext().getExecutorServiceManager();
        if (timeoutScheduler != null) {
            manager.shutdownNow(timeoutScheduler);
            timeoutScheduler = null;
        }
        if (executor != null) {
            manager.shutdown(executor);
            executor = null;
        }
        super.doStop();
    }
}
