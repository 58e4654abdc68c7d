package io.github.whatsappadmin.camel.springboot;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import io.github.whatsappadmin.camel.WhatsAppAccessTokenProvider;
import io.github.whatsappadmin.camel.WhatsAppAdminConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

/**
 * Administer WhatsApp Business phone numbers (deregister) through the WhatsApp Cloud API.
 * <p>
 * The options of the whatsapp-admin component, bound from {@code camel.component.whatsapp-admin.*}. The field comments
 * are the component's option descriptions: spring-boot-configuration-processor turns them into
 * META-INF/spring-configuration-metadata.json, and a test keeps them in step with the component's descriptor.
 */
@ConfigurationProperties(prefix = "camel.component.whatsapp-admin")
public class WhatsAppAdminComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * Whether to enable auto configuration of the whatsapp-admin component. This is enabled by default.
     */
    private Boolean enabled;
    /**
     * The Graph API version, v{major}.{minor}, such as v23.0.
     */
    private String apiVersion = "v23.0";
    /**
     * The options shared by every endpoint of this component; each endpoint's URI options override them. Given as a
     * bean reference (#name) to a io.github.whatsappadmin.camel.WhatsAppAdminConfiguration; the options set in these
     * properties refine it.
     */
    private WhatsAppAdminConfiguration configuration;
    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers. Beware that when the first message is processed then
     * creating and starting the producer may take a little time and prolong the total processing time of the
     * processing.
     */
    private Boolean lazyStartProducer = false;
    /**
     * The most connections open to one host at once (1 to 10000). Calls beyond it wait for a free connection, within
     * requestTimeout. Endpoints with the same connection settings share one pool.
     */
    private Integer maxConnectionsPerHost = 64;
    /**
     * The ID of the phone number to act on (digits only, as WhatsApp Manager shows it; not the phone number itself).
     * The header CamelWhatsAppAdminPhoneNumberId overrides it per message.
     */
    private String phoneNumberId;
    /**
     * Whether a failure answer from Graph raises a WhatsAppAdminException. When false, the parsed error
     * (io.github.whatsappadmin.camel.model.GraphError) becomes the out body, with the response headers set, for routes
     * that decide on content.
     */
    private Boolean throwExceptionOnFailure = true;
    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then gets
     * configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection
     * factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;
    /**
     * The Graph API base URL. Plain http:// is accepted only for a loopback host (a local simulator) unless
     * allowInsecureHttp is true.
     */
    private String baseUrl = "https://graph.facebook.com";
    /**
     * The User-Agent header; defaults to camel-whatsapp-admin/{version}.
     */
    private String userAgent;
    /**
     * The host of an HTTP proxy to reach Graph through (HTTPS goes through it with CONNECT).
     */
    private String proxyHost;
    /**
     * The port of the HTTP proxy.
     */
    private Integer proxyPort;
    /**
     * The Graph access token (a system user token with whatsapp_business_management), sent as Authorization: Bearer.
     * Prefer setting it on the component or through a property placeholder or vault rather than literally in a URI.
     * Masked in Actuator's configprops and env endpoints.
     */
    private String accessToken;
    /**
     * A bean (#name) implementing WhatsAppAccessTokenProvider, asked for the token at each send, so that a redelivery
     * after a token refresh uses the new token. Takes precedence over accessToken.
     */
    private WhatsAppAccessTokenProvider accessTokenProvider;
    /**
     * Allow a plain http:// baseUrl on a host other than loopback (a gateway inside a trusted network). The token then
     * travels unencrypted.
     */
    private Boolean allowInsecureHttp = false;
    /**
     * The password for proxy authentication (Basic). Masked in Actuator's configprops and env endpoints.
     */
    private String proxyPassword;
    /**
     * The user name for proxy authentication (Basic). Masked in Actuator's configprops and env endpoints.
     */
    private String proxyUsername;
    /**
     * Camel's TLS configuration (trust store, key store) for the connection to Graph. Certificates and host names are
     * always verified. Given as a bean reference (#name).
     */
    private SSLContextParameters sslContextParameters;
    /**
     * How long to wait for a connection to Graph (or the proxy) to open, in milliseconds or as a duration such as 10s.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration connectTimeout = Duration.ofSeconds(10);
    /**
     * The longest a call may take, from send to the last byte of the answer, in milliseconds or as a duration such as
     * 30s. The exchange completes with WhatsAppConnectionException when it runs out.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration requestTimeout = Duration.ofSeconds(30);

    public String getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public WhatsAppAdminConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(WhatsAppAdminConfiguration configuration) {
        this.configuration = configuration;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Integer getMaxConnectionsPerHost() {
        return maxConnectionsPerHost;
    }

    public void setMaxConnectionsPerHost(Integer maxConnectionsPerHost) {
        this.maxConnectionsPerHost = maxConnectionsPerHost;
    }

    public String getPhoneNumberId() {
        return phoneNumberId;
    }

    public void setPhoneNumberId(String phoneNumberId) {
        this.phoneNumberId = phoneNumberId;
    }

    public Boolean getThrowExceptionOnFailure() {
        return throwExceptionOnFailure;
    }

    public void setThrowExceptionOnFailure(Boolean throwExceptionOnFailure) {
        this.throwExceptionOnFailure = throwExceptionOnFailure;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public void setUserAgent(String userAgent) {
        this.userAgent = userAgent;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public WhatsAppAccessTokenProvider getAccessTokenProvider() {
        return accessTokenProvider;
    }

    public void setAccessTokenProvider(WhatsAppAccessTokenProvider accessTokenProvider) {
        this.accessTokenProvider = accessTokenProvider;
    }

    public Boolean getAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    public void setAllowInsecureHttp(Boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }
}
