package io.github.whatsappadmin.camel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.whatsappadmin.camel.error.WhatsAppRateLimitException;
import io.github.whatsappadmin.camel.onboarding.OnboardingRoutes;
import org.apache.camel.Exchange;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routes of docs/onboarding.md, exactly as the page shows them: the Java one is OnboardingRoutes (the page must
 * quote that file), the YAML one is read from the page. Each runs the onboarding of a new, a verified and a registered
 * number against the Graph stand-in.
 */
class OnboardingDocTest extends OperationTestSupport {

    private static final Path BASE = Path.of(System.getProperty("basedir", "."));
    private static final Path PAGE = BASE.resolve("../docs/onboarding.md").normalize();
    private static final Path JAVA = BASE.resolve("src/test/java/io/github/whatsappadmin/camel/onboarding/"
                                                  + "OnboardingRoutes.java");

    /** The code block of {@code language} that follows the marker {@code <!-- OnboardingDocTest: language -->}. */
    private static String block(String language) throws Exception {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        int marker = page.indexOf("<!-- OnboardingDocTest: " + language + " -->");
        assertThat(marker).as("marker for the " + language + " block in docs/onboarding.md").isNotNegative();
        int start = page.indexOf("```" + language + "\n", marker) + language.length() + 4;
        return page.substring(start, page.indexOf("```\n", start));
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.setProperty("whatsapp.two-step-pin", PIN);
        return properties;
    }

    /** The component as the page configures it in application.properties, pointed at the stand-in. */
    private void configure(String dsl) throws Exception {
        WhatsAppAdminComponent component = context.getComponent("whatsapp-admin", WhatsAppAdminComponent.class);
        component.getConfiguration().setBaseUrl(graph.baseUrl());
        component.getConfiguration().setAccessToken(TOKEN);
        if ("java".equals(dsl)) {
            context.addRoutes(new OnboardingRoutes());
        } else {
            PluginHelper.getRoutesLoader(context)
                    .loadRoutes(ResourceHelper.fromString("onboarding.camel.yaml", block("yaml")));
        }
    }

    private static List<String> callsReceived() {
        return requestsReceived().stream().map(OnboardingDocTest::describe).toList();
    }

    private static String describe(LoggedRequest r) {
        return r.getMethod().getName() + " " + r.getUrl().replaceFirst("\\?.*", "") + " " + r.getBodyAsString();
    }

    private void numberIs(String fields) {
        stub("getPhoneNumber", 200, "{\"id\":\"" + PHONE_NUMBER_ID + "\"," + fields + "}");
        for (String operation : List.of("requestCode", "verifyCode", "setTwoStepPin", "register")) {
            stub(operation, 200, "{\"success\":true}");
        }
    }

    @Test
    void pageQuotesTheJavaRoutesThatRunHere() throws Exception {
        String source = Files.readString(JAVA, StandardCharsets.UTF_8);
        assertThat(block("java")).isEqualTo(source.substring(source.indexOf("import ")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "java", "yaml" })
    void newNumberGetsACodeAndIsVerifiedGivenTheTwoStepPinAndRegistered(String dsl) throws Exception {
        configure(dsl);
        numberIs("\"code_verification_status\":\"NOT_VERIFIED\",\"platform_type\":\"NOT_APPLICABLE\"");

        template.sendBodyAndHeader("direct:onboard", null, WhatsAppAdminConstants.PHONE_NUMBER_ID, PHONE_NUMBER_ID);
        assertThat(callsReceived()).containsExactly(
                "GET /v23.0/" + PHONE_NUMBER_ID + " ",
                "POST /v23.0/" + PHONE_NUMBER_ID + "/request_code {\"code_method\":\"SMS\",\"language\":\"en_US\"}");

        graph.resetRequests();
        template.sendBodyAndHeader("direct:verify", CODE, WhatsAppAdminConstants.PHONE_NUMBER_ID, PHONE_NUMBER_ID);
        assertThat(callsReceived()).containsExactly(
                "POST /v23.0/" + PHONE_NUMBER_ID + "/verify_code {\"code\":\"" + CODE + "\"}",
                "POST /v23.0/" + PHONE_NUMBER_ID + " {\"pin\":\"" + PIN + "\"}",
                "POST /v23.0/" + PHONE_NUMBER_ID + "/register {\"messaging_product\":\"whatsapp\",\"pin\":\"" + PIN
                                                                                   + "\"}");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "java", "yaml" })
    void verifiedNumberIsRegisteredWithoutANewCode(String dsl) throws Exception {
        configure(dsl);
        numberIs("\"code_verification_status\":\"VERIFIED\",\"platform_type\":\"NOT_APPLICABLE\"");

        template.sendBodyAndHeader("direct:onboard", null, WhatsAppAdminConstants.PHONE_NUMBER_ID, PHONE_NUMBER_ID);

        assertThat(callsReceived()).containsExactly(
                "GET /v23.0/" + PHONE_NUMBER_ID + " ",
                "POST /v23.0/" + PHONE_NUMBER_ID + " {\"pin\":\"" + PIN + "\"}",
                "POST /v23.0/" + PHONE_NUMBER_ID + "/register {\"messaging_product\":\"whatsapp\",\"pin\":\"" + PIN
                                                                                   + "\"}");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "java", "yaml" })
    void numberOnTheCloudApiAlreadySpendsNoRegisterAttempt(String dsl) throws Exception {
        configure(dsl);
        numberIs("\"code_verification_status\":\"VERIFIED\",\"platform_type\":\"CLOUD_API\"");

        template.sendBodyAndHeader("direct:onboard", null, WhatsAppAdminConstants.PHONE_NUMBER_ID, PHONE_NUMBER_ID);

        assertThat(callsReceived()).containsExactly("GET /v23.0/" + PHONE_NUMBER_ID + " ");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "java", "yaml" })
    void accountOnboardingActsOnlyOnTheNumbersNotOnTheCloudApi(String dsl) throws Exception {
        configure(dsl);
        numberIs("\"code_verification_status\":\"VERIFIED\",\"platform_type\":\"NOT_APPLICABLE\"");
        stub("listPhoneNumbers", 200, "{\"data\":[{\"id\":\"1001\",\"platform_type\":\"CLOUD_API\"},"
                                      + "{\"id\":\"" + PHONE_NUMBER_ID + "\",\"platform_type\":\"NOT_APPLICABLE\"}]}");

        template.sendBodyAndHeader("direct:onboard-account", null, WhatsAppAdminConstants.BUSINESS_ACCOUNT_ID, WABA);

        assertThat(callsReceived()).containsExactly(
                "GET /v23.0/" + WABA + "/phone_numbers ",
                "GET /v23.0/" + PHONE_NUMBER_ID + " ",
                "POST /v23.0/" + PHONE_NUMBER_ID + " {\"pin\":\"" + PIN + "\"}",
                "POST /v23.0/" + PHONE_NUMBER_ID + "/register {\"messaging_product\":\"whatsapp\",\"pin\":\"" + PIN
                                                                                   + "\"}");
    }

    @Test
    void registerRefusedByGraphIsOneAttemptAndReachesTheRoute() throws Exception {
        configure("java");
        numberIs("\"code_verification_status\":\"VERIFIED\",\"platform_type\":\"NOT_APPLICABLE\"");
        stub("register", 400, "{\"error\":{\"message\":\"(#133016) Account register deregister rate limit exceeded\","
                              + "\"type\":\"OAuthException\",\"code\":133016}}");

        Exchange result = template.send("direct:onboard",
                e -> e.getMessage().setHeader(WhatsAppAdminConstants.PHONE_NUMBER_ID, PHONE_NUMBER_ID));

        WhatsAppRateLimitException e = failure(result, WhatsAppRateLimitException.class);
        assertThat(e.isRetryable()).isFalse();
        assertThat(callsReceived()).filteredOn(c -> c.contains("/register")).hasSize(1);
    }
}
