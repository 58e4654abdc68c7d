package io.github.whatsappadmin.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;

import static io.github.whatsappadmin.simulator.GraphClient.error;
import static org.assertj.core.api.Assertions.assertThat;

class DemoSeedTest {

    @RegisterExtension
    static GraphApiSimulatorExtension graph = GraphApiSimulatorExtension.create().withSetup(DemoSeed::apply);

    @Test
    void everyDemoNumberAnswersItsExpectedOutcome() {
        GraphClient client = new GraphClient(graph.baseUrl());
        for (DemoNumber number : DemoSeed.NUMBERS) {
            HttpResponse<String> first = client.deregister(number.id(), DemoSeed.TOKEN);

            assertThat(first.statusCode()).as(number.label()).isEqualTo(number.expected().firstHttpStatus());
            if (number.expected().firstGraphCode() != 0) {
                assertThat(error(first)).as(number.label()).containsEntry("code", number.expected().firstGraphCode());
            }
        }
    }

    @Test
    void numbersThatSucceedOnRetryEndDeregistered() {
        GraphClient client = new GraphClient(graph.baseUrl());
        for (DemoNumber number : DemoSeed.NUMBERS) {
            if (!number.expected().deregisteredOnRetry()) {
                continue;
            }
            int status = 0;
            for (int attempt = 0; attempt < 3 && status != 200; attempt++) {
                status = client.deregister(number.id(), DemoSeed.TOKEN).statusCode();
            }
            assertThat(status).as(number.label()).isEqualTo(200);
            assertThat(graph.phoneNumberState(number.id())).isEqualTo(PhoneNumberState.DEREGISTERED);
        }
    }

    @Test
    void budgetExhaustedNumberStaysBlockedOnRetry() {
        GraphClient client = new GraphClient(graph.baseUrl());
        client.deregister(DemoSeed.FLAPPING_TEST.id(), DemoSeed.TOKEN);

        assertThat(error(client.deregister(DemoSeed.FLAPPING_TEST.id(), DemoSeed.TOKEN))).containsEntry("code", 133016);
    }

    @Test
    void expiredDemoTokenAnswers190Subcode463() {
        HttpResponse<String> response =
                new GraphClient(graph.baseUrl()).deregister(DemoSeed.SUPPORT_BERLIN.id(), DemoSeed.EXPIRED_TOKEN);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(error(response)).containsEntry("code", 190).containsEntry("error_subcode", 463);
    }

    @Test
    void demoNumbersHaveGraphShapedUniqueIdsAndCoverEveryOutcome() {
        assertThat(DemoSeed.NUMBERS).extracting(DemoNumber::id)
                .allMatch(id -> id.matches("\\d{15,16}"))
                .doesNotHaveDuplicates();
        assertThat(DemoSeed.NUMBERS).extracting(DemoNumber::expected).containsAll(java.util.List.of(DemoOutcome.values()));
        assertThat(DemoSeed.MISTYPED.account()).isNull();
    }
}
