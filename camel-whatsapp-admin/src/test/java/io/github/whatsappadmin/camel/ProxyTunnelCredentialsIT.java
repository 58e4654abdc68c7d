package io.github.whatsappadmin.camel;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTPS through a proxy that wants Basic credentials. Runs in its own JVM (failsafe) started with
 * {@code -Djdk.http.auth.tunneling.disabledSchemes=}, the switch the JDK needs to send them on CONNECT.
 */
class ProxyTunnelCredentialsIT extends ProxyAndTlsTest {

    @Test
    void proxyCredentialsOpenAnHttpsTunnel() throws Exception {
        assertThat(System.getProperty("jdk.http.auth.tunneling.disabledSchemes")).isEmpty();
        String basic = "Basic " + Base64.getEncoder().encodeToString("ops:s3cret".getBytes(StandardCharsets.UTF_8));
        try (RecordingProxy proxy = new RecordingProxy(basic)) {
            Exchange result = send("whatsapp-admin:deregister?baseUrl=https://localhost:"
                                   + tlsGraph.getRuntimeInfo().getHttpsPort() + "&accessToken=RAW(" + TOKEN + ")&phoneNumberId="
                                   + PHONE_NUMBER_ID + "&sslContextParameters=#graphTls&proxyHost=127.0.0.1&proxyPort="
                                   + proxy.port() + "&proxyUsername=ops&proxyPassword=RAW(s3cret)");

            assertThat(result.getException()).isNull();
            assertThat(proxy.heads()).last().asString().startsWith("CONNECT ").contains("Proxy-Authorization: " + basic);
            assertThat(proxy.passedUpstream()).doesNotContain(TOKEN);
        }
    }

    @Override
    void basicCredentialsForAnHttpsTunnelNeedTheJdkSwitchAndTheFailureSaysSo() {
        // with the switch on, the tunnel opens: proven above
    }
}
