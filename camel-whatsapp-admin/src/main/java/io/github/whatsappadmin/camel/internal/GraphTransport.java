package io.github.whatsappadmin.camel.internal;

/**
 * Sends one request and reports its end. Implementations never block the caller for the call's duration, never
 * throw, and call exactly one method of the callback exactly once, within the given timeout (the whole call: pool
 * wait, connect, request, headers and body), also when the component stops with the call in flight.
 */
public interface GraphTransport {

    void send(GraphRequest request, long timeoutMillis, Callback callback);

    /** The end of one call: exactly one of these is called, once, on any thread. */
    interface Callback {

        void completed(GraphResponse response);

        void failed(TransportFailure failure);
    }
}
