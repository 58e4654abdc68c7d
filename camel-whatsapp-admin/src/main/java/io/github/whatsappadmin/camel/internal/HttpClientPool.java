package io.github.whatsappadmin.camel.internal;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.camel.CamelContext;
import org.apache.camel.RuntimeCamelException;

/**
 * The HTTP clients of one component: one per distinct {@link HttpClientKey}, shared by the endpoints that have it, kept
 * while at least one started endpoint uses it. The JDK client pools and reuses connections itself, and never follows a
 * redirect here, so a bearer token never reaches another host.
 */
public final class HttpClientPool {

    private final CamelContext camelContext;
    private final Executor executor;
    private final ScheduledExecutorService timeoutScheduler;
    private final Map<HttpClientKey, Entry> clients = new HashMap<>();

    private static final class Entry {
        final JdkGraphTransport transport;
        int users;

        Entry(JdkGraphTransport transport) {
            this.transport = transport;
        }
    }

    public HttpClientPool(CamelContext camelContext, Executor executor, ScheduledExecutorService timeoutScheduler) {
        this.camelContext = camelContext;
        this.executor = executor;
        this.timeoutScheduler = timeoutScheduler;
    }

    public synchronized GraphTransport acquire(HttpClientKey key) {
        Entry entry = clients.computeIfAbsent(key, k -> new Entry(new JdkGraphTransport(create(k), timeoutScheduler)));
        entry.users++;
        return entry.transport;
    }

    public synchronized void release(HttpClientKey key) {
        Entry entry = clients.get(key);
        if (entry != null && --entry.users <= 0) {
            clients.remove(key);
            close(entry.transport.client());
        }
    }

    public synchronized void closeAll() {
        clients.values().forEach(e -> close(e.transport.client()));
        clients.clear();
    }

    /** How many distinct clients are open (for tests and JMX-minded users). */
    public synchronized int size() {
        return clients.size();
    }

    private HttpClient create(HttpClientKey key) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(Duration.ofMillis(key.connectTimeout()))
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor);
        if (key.proxyHost() != null) {
            builder.proxy(ProxySelector.of(InetSocketAddress.createUnresolved(key.proxyHost(), key.proxyPort())));
        }
        if (key.sslContextParameters() != null) {
            try {
                builder.sslContext(key.sslContextParameters().createSSLContext(camelContext));
            } catch (Exception e) {
                throw new RuntimeCamelException("Cannot create the TLS context from sslContextParameters: "
                                                + e.getMessage(), e);
            }
        }
        return builder.build();
    }

    private static void close(HttpClient client) {
        // HttpClient is AutoCloseable from Java 21 on; on 17 its threads end once it is unreachable.
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // closing is best effort: the client is dropped either way
            }
        }
    }
}
