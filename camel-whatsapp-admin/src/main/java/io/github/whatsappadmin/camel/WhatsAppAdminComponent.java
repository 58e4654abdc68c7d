package io.github.whatsappadmin.camel;

import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

import io.github.whatsappadmin.camel.error.WhatsAppInvalidInputException;
import io.github.whatsappadmin.camel.internal.HttpClientPool;
import io.github.whatsappadmin.camel.internal.InputValidator;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

/** Administers WhatsApp Business phone numbers through the WhatsApp Cloud API (Meta Graph API). */
@Component("whatsapp-admin")
public class WhatsAppAdminComponent extends DefaultComponent {

    @Metadata(description = "The options shared by every endpoint of this component; each endpoint's URI options"
                            + " override them.")
    private WhatsAppAdminConfiguration configuration = new WhatsAppAdminConfiguration();

    private ScheduledExecutorService scheduler;
    private HttpClientPool clientPool;

    public WhatsAppAdminComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        WhatsAppAdminOperation operation = operation(remaining);
        WhatsAppAdminConfiguration endpointConfiguration
                = configuration != null ? configuration.copy() : new WhatsAppAdminConfiguration();
        WhatsAppAdminEndpoint endpoint = new WhatsAppAdminEndpoint(uri, this, operation, endpointConfiguration);
        setProperties(endpoint, parameters);
        InputValidator.validateOptions(endpoint.getConfiguration(), operation.name());
        return endpoint;
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
