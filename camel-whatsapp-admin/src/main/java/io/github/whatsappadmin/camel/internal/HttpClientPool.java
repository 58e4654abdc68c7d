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
package io.github.whatsappadmin.camel.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

import org.apache.camel.CamelContext;

/**
 * The HTTP clients of one component: one per distinct {@link HttpClientKey}, shared by the endpoints that have it,
 * created when the first such producer starts and closed when the last one stops (or the component stops).
 */
public final class HttpClientPool {

    private final CamelContext camelContext;
    private final ScheduledExecutorService scheduler;
    private final ThreadFactory ioThreads;
    private final Map<HttpClientKey, Entry> clients = new HashMap<>();

    private static final class Entry {
        final ApacheGraphTransport transport;
        int users;

        Entry(ApacheGraphTransport transport) {
            this.transport = transport;
        }
    }

    /**
     * @param scheduler the component's one scheduler thread: deadlines of calls, eviction of idle connections
     * @param ioThreads makes the clients' I/O threads
     */
    public HttpClientPool(CamelContext camelContext, ScheduledExecutorService scheduler, ThreadFactory ioThreads) {
        this.camelContext = camelContext;
        this.scheduler = scheduler;
        this.ioThreads = ioThreads;
    }

    public synchronized GraphTransport acquire(HttpClientKey key) {
        Entry entry = clients.computeIfAbsent(key,
                k -> new Entry(new ApacheGraphTransport(k, camelContext, scheduler, ioThreads)));
        entry.users++;
        return entry.transport;
    }

    public synchronized void release(HttpClientKey key) {
        Entry entry = clients.get(key);
        if (entry != null && --entry.users <= 0) {
            clients.remove(key);
            entry.transport.close();
        }
    }

    /** Closes every client: the calls still in flight complete at once with {@code STOPPED}. */
    public synchronized void closeAll() {
        clients.values().forEach(e -> e.transport.close());
        clients.clear();
    }

    /** How many distinct clients are open (for tests and JMX-minded users). */
    public synchronized int size() {
        return clients.size();
    }
}
