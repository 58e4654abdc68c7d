package io.github.whatsappadmin.camel.internal;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read up to a limit. Past the limit the rest is not read: the subscription is cancelled, which closes
 * the connection, so a huge or endless body costs neither memory nor time.
 */
public record BoundedBody(byte[] bytes, boolean truncated) {

    /** The most a Graph answer is read; a real one is a few hundred bytes. */
    public static final int READ_LIMIT = 64 * 1024;

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public static HttpResponse.BodyHandler<BoundedBody> handler(int limit) {
        return info -> new Subscriber(limit);
    }

    private static final class Subscriber implements HttpResponse.BodySubscriber<BoundedBody> {

        private final int limit;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final CompletableFuture<BoundedBody> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Subscriber(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<BoundedBody> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                int room = limit - buffer.size();
                int take = Math.min(room, item.remaining());
                byte[] chunk = new byte[take];
                item.get(chunk);
                buffer.write(chunk, 0, take);
                if (item.hasRemaining() || buffer.size() >= limit) {
                    result.complete(new BoundedBody(buffer.toByteArray(), true));
                    subscription.cancel();
                    return;
                }
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(new BoundedBody(buffer.toByteArray(), false));
        }
    }
}
