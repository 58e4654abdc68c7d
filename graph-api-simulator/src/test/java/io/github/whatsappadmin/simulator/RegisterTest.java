package io.github.whatsappadmin.simulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static io.github.whatsappadmin.simulator.GraphClient.error;
import static io.github.whatsappadmin.simulator.GraphClient.json;
import static org.assertj.core.api.Assertions.assertThat;

class RegisterTest extends SimulatorTestSupport {

    @BeforeEach
    void setUp() {
        graph.token("good-token");
    }

    @Test
    void registerOfDeregisteredNumberRegistersIt() {
        graph.phoneNumber("1001", PhoneNumberState.DEREGISTERED);

        HttpResponse<String> response = client.register("1001", "good-token", "123456");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body())).isEqualTo(Map.of("success", true));
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.REGISTERED);
    }

    @Test
    void fullLifecycleDeregisterRegisterDeregister() {
        graph.phoneNumber("1001", PhoneNumberState.REGISTERED);

        assertThat(client.deregister("1001", "good-token").statusCode()).isEqualTo(200);
        assertThat(client.register("1001", "good-token", "000000").statusCode()).isEqualTo(200);
        assertThat(client.deregister("1001", "good-token").statusCode()).isEqualTo(200);
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.DEREGISTERED);
    }

    @Test
    void pinThatIsNotSixDigitsAnswers400Code100AndIsNotCounted() {
        graph.phoneNumber("1001", PhoneNumberState.DEREGISTERED);

        for (String pin : new String[] {"12345", "1234567", "12a456"}) {
            HttpResponse<String> response = client.register("1001", "good-token", pin);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(error(response)).containsEntry("code", 100)
                    .containsEntry("message", "Invalid PIN format. PIN must be exactly 6 digits");
        }
        assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.DEREGISTERED);
        assertThat(graph.budgetUsed("1001")).isZero();
    }

    @Test
    void missingParametersAreNamed() {
        graph.phoneNumber("1001", PhoneNumberState.DEREGISTERED);

        assertThat(error(client.post("/v23.0/1001/register", "good-token", "{\"messaging_product\":\"whatsapp\"}")))
                .containsEntry("message", "(#100) The parameter pin is required.");
        assertThat(error(client.post("/v23.0/1001/register", "good-token", "{\"pin\":\"123456\"}")))
                .containsEntry("message", "(#100) The parameter messaging_product is required.");
    }

    @Test
    void smbAndUnlinkedNumbersCannotBeRegistered() {
        graph.phoneNumber("1002", PhoneNumberState.SMB_APP).phoneNumber("1003", PhoneNumberState.NOT_LINKED);

        assertThat(error(client.register("1002", "good-token", "123456"))).containsEntry("code", 100);
        assertThat(error(client.register("1003", "good-token", "123456"))).containsEntry("code", 100);
        assertThat(graph.phoneNumberState("1002")).isEqualTo(PhoneNumberState.SMB_APP);
    }
}
