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
package io.github.whatsappadmin.simulator;

import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

/**
 * A stateful local stand-in for the Graph API's WhatsApp phone-number administration, on WireMock: the lifecycle of a
 * number ({@code request_code}, {@code verify_code}, the two-step PIN, {@code register}, {@code deregister}), reading
 * a number and listing a business account's numbers. It listens on 127.0.0.1 unless told otherwise.
 *
 * <pre>{@code
 * try (GraphApiSimulator sim = GraphApiSimulator.create()) {
 *     sim.start();
 *     sim.account("waba-1").phoneNumber("1001", PhoneNumberState.REGISTERED);
 *     sim.token("good-token");
 * // POST sim.baseUrl() + "/v23.0/1001/deregister" with "Authorization: Bearer good-token" -> {"success":true}
 * }
 * }</pre>
 */
public final class GraphApiSimulator implements AutoCloseable {

    /** The account that {@link #phoneNumber(String, PhoneNumberState)} puts new numbers in. */
    public static final String DEFAULT_ACCOUNT = "default-waba";
    /** Where it listens unless told otherwise: loopback only. */
    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    /** The version reported in {@code facebook-api-version} when the request's own is unusable. */
    public static final String DEFAULT_API_VERSION = "v23.0";

    private final SimulatorClock clock = new SimulatorClock(Clock.systemUTC());
    private final GraphState state = new GraphState();
    private final Faults faults = new Faults();
    private final Journal journal = new Journal();
    private final InetAddress bindAddress;
    private final WireMockServer server;
    private volatile BiConsumer<String, VerificationCode> codeListener = (id, code) -> {};

    private GraphApiSimulator(int port, InetAddress bindAddress) {
        this.bindAddress = bindAddress;
        PhoneNumberApi api = new PhoneNumberApi(state, clock, this::baseUrl,
                (id, code) -> codeListener.accept(id, code));
        SimulatorTransformer transformer = new SimulatorTransformer(api, faults, journal, clock);
        server = new WireMockServer(WireMockConfiguration.options()
                .port(port)
                .bindAddress(bindAddress.getHostAddress())
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

    /** A simulator on the given port of 127.0.0.1 (loopback only); 0 picks a free one. */
    public static GraphApiSimulator create(int port) {
        return create(port, DEFAULT_BIND_ADDRESS);
    }

    /**
     * A simulator on the given port of the given local address (an IP address or a host name), e.g. {@code 0.0.0.0}
     * to be reachable from other machines. The simulator has no TLS and accepts whatever token it was given: bind it
     * beyond loopback only on a network you trust.
     */
    public static GraphApiSimulator create(int port, String bindAddress) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("not a port: " + port);
        }
        if (bindAddress == null || bindAddress.isBlank()) {
            throw new IllegalArgumentException("bindAddress must not be blank");
        }
        try {
            return new GraphApiSimulator(port, InetAddress.getByName(bindAddress));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address to listen on: " + bindAddress);
        }
    }

    // --- lifecycle -----------------------------------------------------------------------------------------------

    /**
     * Starts listening.
     *
     * @throws IllegalStateException when the port is taken or the address is not this machine's (one-line message)
     */
    public GraphApiSimulator start() {
        if (!server.isRunning()) {
            try {
                server.start();
            } catch (RuntimeException e) {
                releaseAfterFailedStart(e);
                Throwable reason = bindFailure(e).orElse(e);
                throw new IllegalStateException("cannot listen on " + hostForUrl(bindAddress) + ":"
                                                + server.getOptions().portNumber() + ": " + reason.getMessage(), e);
            }
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

    /**
     * {@code http://localhost:<port>}, no trailing slash: what the component's {@code baseUrl} option takes. Bound to
     * an address other than 127.0.0.1 (or all of them), that address instead of {@code localhost}.
     */
    public String baseUrl() {
        boolean localhost =
                bindAddress.isAnyLocalAddress() || bindAddress.getHostAddress().equals(DEFAULT_BIND_ADDRESS);
        return "http://" + (localhost ? "localhost" : hostForUrl(bindAddress)) + ":" + port();
    }

    /** The address it listens on, e.g. {@code 127.0.0.1}. */
    public String bindAddress() {
        return bindAddress.getHostAddress();
    }

    public int port() {
        if (!server.isRunning()) {
            throw new IllegalStateException("the simulator is not running: call start() first");
        }
        return server.port();
    }

    /**
     * Forgets accounts, numbers (their codes and PINs too), tokens, throttles, faults, the journal, the clock offset,
     * and resets switches.
     */
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

    /** The rest of a known number's state: verification, platform, PIN, the fields reads return. */
    public PhoneNumberSetup phoneNumberSetup(String phoneNumberId) {
        return new PhoneNumberSetup(this, state, phoneNumberId);
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

    public CodeVerificationStatus codeVerificationStatus(String phoneNumberId) {
        synchronized (state) {
            return state.existingPhoneNumber(phoneNumberId).codeVerificationStatus;
        }
    }

    public PlatformType platformType(String phoneNumberId) {
        synchronized (state) {
            return state.existingPhoneNumber(phoneNumberId).platformType;
        }
    }

    /** The two-step verification PIN set (by the PIN call, register or setup), if any. */
    public Optional<String> twoStepPin(String phoneNumberId) {
        synchronized (state) {
            return Optional.ofNullable(state.existingPhoneNumber(phoneNumberId).twoStepPin);
        }
    }

    /** The business account (WABA) the number belongs to. */
    public String businessAccountId(String phoneNumberId) {
        synchronized (state) {
            return state.existingPhoneNumber(phoneNumberId).account;
        }
    }

    /** The account's phone number IDs, in the order the list returns them (the order they were added). */
    public List<String> phoneNumberIds(String wabaId) {
        return state.phoneNumbersOf(wabaId).stream().map(n -> n.id).toList();
    }

    /**
     * The last code {@code request_code} issued for the number (what the SMS or call would carry), even once used or
     * expired; empty when none was. A code is 6 digits, valid for 10 minutes on the {@link #clock()}, once.
     */
    public Optional<String> lastVerificationCode(String phoneNumberId) {
        synchronized (state) {
            VerificationCode code = state.existingPhoneNumber(phoneNumberId).lastCode;
            return Optional.ofNullable(code).map(VerificationCode::code);
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

    /** How deregistering a number that is not registered is answered (default {@link NotRegisteredStyle#GRAPH}). */
    public GraphApiSimulator notRegisteredStyle(NotRegisteredStyle style) {
        state.notRegisteredStyle(style);
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

    /**
     * The next {@code count} calls for the number answer 500, code 2, is_transient true (not counted in the budget).
     */
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

    /** Told of each code request_code issues: the standalone simulator prints them, as the phone would show them. */
    void onVerificationCode(BiConsumer<String, VerificationCode> listener) {
        codeListener = listener;
    }

    private static String hostForUrl(InetAddress address) {
        return address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
    }

    /** Frees what Jetty started before the failure; it complains that it never ran, which adds nothing. */
    private void releaseAfterFailedStart(RuntimeException failure) {
        try {
            server.stop();
        } catch (Exception stopFailure) { // Jetty throws checked exceptions unchecked here
            failure.addSuppressed(stopFailure);
        }
    }

    /** The socket's own reason ("Address already in use"), under WireMock's and Jetty's wrappers. */
    private static Optional<Throwable> bindFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static void requireNotNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }
}
