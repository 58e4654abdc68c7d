package io.github.whatsappadmin.simulator;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

/**
 * A stateful local stand-in for the Graph API's WhatsApp phone-number administration
 * ({@code POST /{version}/{id}/deregister} and {@code /register}), on WireMock.
 *
 * <pre>{@code
 * try (GraphApiSimulator sim = GraphApiSimulator.create()) {
 *     sim.start();
 *     sim.account("waba-1").phoneNumber("1001", PhoneNumberState.REGISTERED);
 *     sim.token("good-token");
 *     // POST sim.baseUrl() + "/v23.0/1001/deregister" with "Authorization: Bearer good-token" -> {"success":true}
 * }
 * }</pre>
 */
public final class GraphApiSimulator implements AutoCloseable {

    /** The account that {@link #phoneNumber(String, PhoneNumberState)} puts new numbers in. */
    public static final String DEFAULT_ACCOUNT = "default-waba";
    /** The version reported in {@code facebook-api-version} when the request's own is unusable. */
    public static final String DEFAULT_API_VERSION = "v23.0";

    private final SimulatorClock clock = new SimulatorClock(Clock.systemUTC());
    private final GraphState state = new GraphState();
    private final Faults faults = new Faults();
    private final Journal journal = new Journal();
    private final WireMockServer server;

    private GraphApiSimulator(int port) {
        SimulatorTransformer transformer =
                new SimulatorTransformer(new PhoneNumberApi(state, clock), faults, journal, clock);
        server = new WireMockServer(WireMockConfiguration.options()
                .port(port)
                .extensions(transformer, new StubHeaderRemover())
                // The simulator keeps its own journal (masked tokens); WireMock's would hold every token in clear.
                .disableRequestJournal()
                // Plain HTTP/1.1 so injected faults hit the client exactly as configured (no h2c upgrade).
                .http2PlainDisabled(true)
                // Graph answers with Content-Length; chunking only where a fault asks for it.
                .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
                .stubRequestLoggingDisabled(true)
                // WireMock's admin API could delete the catch-all stub; the simulator is driven through this class.
                .adminAuthenticator(request -> false));
        server.stubFor(any(anyUrl()).willReturn(
                ResponseDefinitionBuilder.responseDefinition().withTransformers(SimulatorTransformer.NAME)));
    }

    /** A simulator on a random free port (see {@link #port()} after {@link #start()}). */
    public static GraphApiSimulator create() {
        return create(0);
    }

    /** A simulator on the given port; 0 picks a free one. */
    public static GraphApiSimulator create(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("not a port: " + port);
        }
        return new GraphApiSimulator(port);
    }

    // --- lifecycle -----------------------------------------------------------------------------------------------

    public GraphApiSimulator start() {
        if (!server.isRunning()) {
            server.start();
        }
        return this;
    }

    public void stop() {
        if (server.isRunning()) {
            server.stop();
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    /** {@code http://localhost:<port>}, no trailing slash: what the component's {@code baseUrl} option takes. */
    public String baseUrl() {
        return "http://localhost:" + port();
    }

    public int port() {
        if (!server.isRunning()) {
            throw new IllegalStateException("the simulator is not running: call start() first");
        }
        return server.port();
    }

    /** Forgets accounts, numbers, tokens, throttles, faults, the journal, the clock offset, and resets switches. */
    public GraphApiSimulator reset() {
        state.clear();
        faults.clear();
        journal.clear();
        clock.reset();
        return this;
    }

    // --- state setup ---------------------------------------------------------------------------------------------

    /** A WhatsApp Business Account, created if new, to add phone numbers to. */
    public AccountSetup account(String wabaId) {
        state.addAccount(wabaId);
        return new AccountSetup(this, wabaId);
    }

    /**
     * Sets a number's state. A new number goes into {@link #DEFAULT_ACCOUNT}; a known one keeps its account, so this
     * also changes state mid-test.
     */
    public GraphApiSimulator phoneNumber(String phoneNumberId, PhoneNumberState state) {
        synchronized (this.state) {
            String account = this.state.accountOf(phoneNumberId);
            this.state.putPhoneNumber(account != null ? account : DEFAULT_ACCOUNT, phoneNumberId, state);
        }
        return this;
    }

    void phoneNumber(String account, String phoneNumberId, PhoneNumberState state) {
        this.state.putPhoneNumber(account, phoneNumberId, state);
    }

    /** A token valid for every account. */
    public GraphApiSimulator token(String token) {
        return token(token, TokenState.VALID);
    }

    /** A token in the given state, for every account. */
    public GraphApiSimulator token(String token, TokenState state) {
        return token(token, state, new String[0]);
    }

    /** A token in the given state, limited to the listed accounts (others get 403 code 200); none listed: all. */
    public GraphApiSimulator token(String token, TokenState state, String... accounts) {
        this.state.putToken(token, state, new HashSet<>(Arrays.asList(accounts)));
        return this;
    }

    /** The number's current state, to assert on after a call. */
    public PhoneNumberState phoneNumberState(String phoneNumberId) {
        synchronized (state) {
            return state.existingPhoneNumber(phoneNumberId).state;
        }
    }

    /** Register and deregister requests counted for the number in the moving 72-hour window. */
    public int budgetUsed(String phoneNumberId) {
        synchronized (state) {
            return state.existingPhoneNumber(phoneNumberId).budget.used(clock.now());
        }
    }

    /** Counts {@code requests} register/deregister requests now, as if they had been made (pre-fills the budget). */
    public GraphApiSimulator consumeBudget(String phoneNumberId, int requests) {
        requireNotNegative(requests, "requests");
        synchronized (state) {
            state.existingPhoneNumber(phoneNumberId).budget.consume(clock.now(), requests);
        }
        return this;
    }

    // --- switches ------------------------------------------------------------------------------------------------

    /** How unknown phone number IDs are answered (default {@link NotFoundStyle#GRAPH}). */
    public GraphApiSimulator notFoundStyle(NotFoundStyle style) {
        state.notFoundStyle(style);
        return this;
    }

    /** The HTTP status of codes 4 and 80007: 400 (default, Meta's error table) or 429 (Meta's OpenAPI examples). */
    public GraphApiSimulator rateLimitStatus(int httpStatus) {
        state.rateLimitStatus(httpStatus);
        return this;
    }

    /**
     * Every call for the account's numbers answers {@code code} (80007: WABA limit, 4: app limit) for the given time
     * on the simulator clock, with {@code estimated_time_to_regain_access} in {@code x-business-use-case-usage}.
     */
    public GraphApiSimulator throttleAccount(String wabaId, int code, Duration duration) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a throttle lasts a positive duration: " + duration);
        }
        state.throttle(wabaId, code, clock.now().plus(duration));
        return this;
    }

    public GraphApiSimulator clearThrottle(String wabaId) {
        state.clearThrottle(wabaId);
        return this;
    }

    /** The next {@code count} calls for the number answer 500, code 2, is_transient true (not counted in the budget). */
    public GraphApiSimulator transientErrors(String phoneNumberId, int count) {
        requireNotNegative(count, "count");
        synchronized (state) {
            state.existingPhoneNumber(phoneNumberId).transientErrorsLeft = count;
        }
        return this;
    }

    /** The next {@code count} deregister calls for the number answer 500, code 133000; the number stays registered. */
    public GraphApiSimulator incompleteDeregistration(String phoneNumberId, int count) {
        requireNotNegative(count, "count");
        synchronized (state) {
            state.existingPhoneNumber(phoneNumberId).incompleteDeregistrationsLeft = count;
        }
        return this;
    }

    // --- clock, faults, journal ----------------------------------------------------------------------------------

    public SimulatorClock clock() {
        return clock;
    }

    public Faults faults() {
        return faults;
    }

    public Journal journal() {
        return journal;
    }

    private static void requireNotNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }
}
