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
package io.github.whatsappadmin.docs;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.whatsappadmin.camel.WhatsAppAdminRetry;
import io.github.whatsappadmin.camel.error.WhatsAppAdminException;
import io.github.whatsappadmin.simulator.DemoSeed;
import io.github.whatsappadmin.simulator.GraphApiSimulator;
import io.github.whatsappadmin.simulator.JournalEntry;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README.md's route, retry recipe and properties, run as written on Camel Main against the Graph API simulator: a file
 * written with echo is accepted, a failed number is moved aside and never sent again at the next polls, a number
 * already deregistered is not sent again (after a restart too), and a transient failure is retried.
 */
class ReadmeSnippetsTest {

    private static final Path INBOX = Path.of("offboarding");
    private static final int WAIT_SECONDS = 60;

    private GraphApiSimulator graph;
    private Main main;

    /** The README's code, as it stands there (in the same configure(): Camel wants onException before the routes). */
    static class ReadmeRoutes extends RouteBuilder {
        @Override
        public void configure() {
            // @formatter:off
            // snippet:readme-retry
            onException(WhatsAppAdminException.class)                     // Camel's own redelivery, driven by the exception
                .onWhen(WhatsAppAdminRetry.retryableWithin(Duration.ofMinutes(10)))
                .onExceptionOccurred(WhatsAppAdminRetry.waitRetryAfter())
                .maximumRedeliveries(3).redeliveryDelay(1000).useExponentialBackOff().useCollisionAvoidance();
            // end:readme-retry

            // snippet:readme-route
            from("file:offboarding?include=.*\\.txt&moveFailed=.failed")  // one phone number ID per file
                // the ID without the newline that echo adds
                .setHeader("CamelWhatsAppAdminPhoneNumberId", body().convertToString().regexReplaceAll("^\\s+|\\s+$", ""))
                // a number deregistered once is never sent again, across restarts
                .idempotentConsumer(header("CamelWhatsAppAdminPhoneNumberId"),
                        FileIdempotentRepository.fileIdempotentRepository(new File("offboarding/.deregistered")))
                .to("whatsapp-admin:deregister")                          // token, version, base URL: component options
                .log("${header.CamelWhatsAppAdminPhoneNumberId} deregistered, fbtrace_id ${header.CamelWhatsAppAdminFbTraceId}");
            // end:readme-route
            // @formatter:on
        }
    }

    @BeforeEach
    void start() throws Exception {
        delete(INBOX);
        graph = DemoSeed.apply(GraphApiSimulator.create().start());
        startCamel();
    }

    @AfterEach
    void stop() throws IOException {
        main.stop();
        graph.close();
        delete(INBOX);
    }

    @Test
    void readmeShowsExactlyTheCodeThisTestRuns() throws IOException {
        assertThat(Snippets.markdown(Snippets.README, "readme-route"))
                .isEqualTo(Snippets.source(ReadmeSnippetsTest.class, "readme-route"));
        assertThat(Snippets.markdown(Snippets.README, "readme-retry"))
                .isEqualTo(Snippets.source(ReadmeSnippetsTest.class, "readme-retry"));
        assertThat(Snippets.properties(Snippets.README, "readme-properties"))
                .containsEntry("camel.component.whatsapp-admin.access-token", "{{env:WHATSAPP_ACCESS_TOKEN}}");
    }

    @Test
    void numberWrittenWithEchoIsDeregisteredOnceAndItsFileMovedToDone() throws Exception {
        drop("support.txt", DemoSeed.SUPPORT_BERLIN.id() + "\n");

        assertThat(requestsFor(DemoSeed.SUPPORT_BERLIN.id())).singleElement()
                .satisfies(request -> assertThat(request.status()).isEqualTo(200));
        assertThat(INBOX.resolve(".camel/support.txt")).exists();
    }

    @Test
    void failedNumberIsMovedAsideAndNotSentAgainAtTheNextPolls() throws Exception {
        drop("old-campaign.txt", DemoSeed.OLD_CAMPAIGN.id() + "\n");
        // a later file is polled and done: the consumer has polled again since the failure
        drop("support.txt", DemoSeed.SUPPORT_BERLIN.id() + "\n");

        assertThat(requestsFor(DemoSeed.OLD_CAMPAIGN.id())).as("not registered (133010): not retried, not re-polled")
                .singleElement().satisfies(request -> assertThat(request.status()).isEqualTo(400));
        assertThat(INBOX.resolve(".failed/old-campaign.txt")).exists();
        assertThat(INBOX.resolve("old-campaign.txt")).doesNotExist();
    }

    @Test
    void numberDeregisteredOnceIsNotSentAgainEvenAfterARestart() throws Exception {
        drop("support.txt", DemoSeed.SUPPORT_BERLIN.id() + "\n");
        main.stop();
        startCamel();

        drop("support-again.txt", DemoSeed.SUPPORT_BERLIN.id());

        assertThat(requestsFor(DemoSeed.SUPPORT_BERLIN.id())).hasSize(1);
        assertThat(INBOX.resolve(".camel/support-again.txt")).exists();
    }

    @Test
    void transientFailuresAreRetriedByTheRecipeUntilGraphAnswers() throws Exception {
        drop("unstable.txt", DemoSeed.UNSTABLE.id() + "\n");

        assertThat(requestsFor(DemoSeed.UNSTABLE.id())).extracting(JournalEntry::status).containsExactly(500, 500, 200);
        assertThat(INBOX.resolve(".camel/unstable.txt")).exists();
    }

    private void startCamel() throws Exception {
        main = Snippets.startMain(new ReadmeRoutes(), Snippets.README, graph.baseUrl(), "readme-properties");
    }

    /** Writes a file into the route's folder in one move, and waits until the route is done with it. */
    private void drop(String name, String content) throws Exception {
        NotifyBuilder done = new NotifyBuilder(main.getCamelContext()).whenDone(1).create();
        Files.createDirectories(INBOX);
        Path partial = INBOX.resolve(name + ".partial");
        Files.writeString(partial, content, StandardCharsets.UTF_8);
        Files.move(partial, INBOX.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        assertThat(done.matches(WAIT_SECONDS, TimeUnit.SECONDS)).as("%s done within %d s", name, WAIT_SECONDS).isTrue();
    }

    private List<JournalEntry> requestsFor(String phoneNumberId) {
        return graph.journal().forPhoneNumber(phoneNumberId);
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
