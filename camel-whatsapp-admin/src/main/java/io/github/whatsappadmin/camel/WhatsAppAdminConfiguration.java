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
package io.github.whatsappadmin.camel;

import io.github.whatsappadmin.camel.model.CodeMethod;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options of the whatsapp-admin component. Set on the component, they apply to every endpoint; each endpoint works
 * on its own copy, and options given on its URI override the component's.
 */
@UriParams
public class WhatsAppAdminConfiguration implements Cloneable {

    public static final String DEFAULT_API_VERSION = "v23.0";
    public static final String DEFAULT_BASE_URL = "https://graph.facebook.com";
    public static final int DEFAULT_MAX_RESULTS = 10_000;
    /** What Graph allows per phone number in 72 hours before it locks the number (code 133016). */
    public static final int DEFAULT_REGISTRATION_BUDGET = 10;

    @UriParam(label = OperationLabels.PHONE_NUMBER + ",producer",
              description = "The ID of the phone number to act on (digits only, as WhatsApp Manager shows it; not the"
                            + " phone number itself). The header CamelWhatsAppAdminPhoneNumberId overrides it per"
                            + " message.")
    private String phoneNumberId;

    @UriParam(label = "listPhoneNumbers,producer",
              description = "The ID of the WhatsApp Business Account (WABA) whose numbers listPhoneNumbers lists"
                            + " (digits only, as WhatsApp Manager shows it). The header"
                            + " CamelWhatsAppAdminBusinessAccountId overrides it per message.")
    private String businessAccountId;

    @UriParam(label = OperationLabels.READS + ",producer",
              description = "The phone number fields getPhoneNumber and listPhoneNumbers ask Graph for, separated by"
                            + " commas. Defaults to what a pre-flight check needs: id, display_phone_number,"
                            + " verified_name, status, code_verification_status, quality_rating, platform_type,"
                            + " name_status, throughput. A field Graph does not document is refused.")
    private String fields;

    @UriParam(label = "listPhoneNumbers,producer", defaultValue = "" + DEFAULT_MAX_RESULTS,
              description = "The most numbers one listPhoneNumbers exchange collects, following Graph's pages; the"
                            + " list stops there (with a warning in the log when Graph has more).")
    private int maxResults = DEFAULT_MAX_RESULTS;

    @UriParam(label = "requestCode,producer", defaultValue = "SMS",
              description = "How requestCode has Graph send the verification code: SMS or VOICE (a call). A"
                            + " RequestCodeRequest in body overrides it.")
    private CodeMethod codeMethod = CodeMethod.SMS;

    @UriParam(label = "requestCode,producer", defaultValue = "en_US",
              description = "The language of the verification message requestCode has Graph send, a locale such as"
                            + " en_US or pt_BR. A RequestCodeRequest in body overrides it.")
    private String language = "en_US";

    @UriParam(label = OperationLabels.BUDGETED + ",producer", defaultValue = "" + DEFAULT_REGISTRATION_BUDGET,
              description = "Register/deregister attempts allowed per phone number in a moving 72-hour window (0 to"
                            + " 10; Graph locks the number for 72 hours after its 10th, code 133016). Each attempt that"
                            + " may reach Graph is recorded before it is sent; when the window is full the call is"
                            + " refused with WhatsAppRegistrationBudgetException and nothing is sent. 0 switches the"
                            + " guard off.")
    private int registrationBudget = DEFAULT_REGISTRATION_BUDGET;

    @UriParam(label = OperationLabels.BUDGETED + ",advanced",
              description = "A bean (#name) implementing WhatsAppRegistrationBudgetStore, where the guard records the"
                            + " attempts. By default an in-memory store shared by all the component's endpoints;"
                            + " JdbcRegistrationBudgetStore shares one allowance between nodes through a database.")
    private WhatsAppRegistrationBudgetStore registrationBudgetStore;

    @UriParam(label = OperationLabels.ALL + ",security", secret = true,
              description = "The Graph access token (a system user token with whatsapp_business_management), sent as"
                            + " Authorization: Bearer. Prefer setting it on the component or through a property"
                            + " placeholder or vault rather than literally in a URI.")
    @Metadata(secret = true)
    private String accessToken;

    @UriParam(label = OperationLabels.ALL + ",security",
              description = "A bean (#name) implementing WhatsAppAccessTokenProvider, asked for the token at each send,"
                            + " so that a redelivery after a token refresh uses the new token. Takes precedence over"
                            + " accessToken.")
    private WhatsAppAccessTokenProvider accessTokenProvider;

    @UriParam(label = OperationLabels.ALL + ",producer", defaultValue = DEFAULT_API_VERSION,
              description = "The Graph API version, v{major}.{minor}, such as v23.0.")
    private String apiVersion = DEFAULT_API_VERSION;

    @UriParam(label = OperationLabels.ALL + ",producer,advanced", defaultValue = DEFAULT_BASE_URL,
              description = "The Graph API base URL. Plain http:// is accepted only for a loopback host (a local"
                            + " simulator) unless allowInsecureHttp is true.")
    private String baseUrl = DEFAULT_BASE_URL;

    @UriParam(label = OperationLabels.ALL + ",advanced,security", defaultValue = "false",
              description = "Allow a plain http:// baseUrl on a host other than loopback (a gateway inside a trusted"
                            + " network). The token then travels unencrypted.")
    private boolean allowInsecureHttp;

    @UriParam(label = OperationLabels.ALL + ",timeout", defaultValue = "10000", javaType = "java.time.Duration",
              description = "How long to wait for a connection to Graph (or the proxy) to open, in milliseconds or"
                            + " as a duration such as 10s.")
    private long connectTimeout = 10_000;

    @UriParam(label = OperationLabels.ALL + ",timeout", defaultValue = "30000", javaType = "java.time.Duration",
              description = "The longest a call may take, from send to the last byte of the answer, in milliseconds"
                            + " or as a duration such as 30s (for listPhoneNumbers, each page). The exchange completes"
                            + " with WhatsAppConnectionException when it runs out.")
    private long requestTimeout = 30_000;

    @UriParam(label = OperationLabels.ALL + ",producer,advanced", defaultValue = "64",
              description = "The most connections open to one host at once (1 to 10000). Calls beyond it wait for a"
                            + " free connection, within requestTimeout. Endpoints with the same connection settings"
                            + " share one pool.")
    private int maxConnectionsPerHost = 64;

    @UriParam(label = OperationLabels.ALL + ",proxy",
              description = "The host of an HTTP proxy to reach Graph through (HTTPS goes through"
                            + " it with CONNECT).")
    private String proxyHost;

    @UriParam(label = OperationLabels.ALL + ",proxy", description = "The port of the HTTP proxy.")
    private Integer proxyPort;

    @UriParam(label = OperationLabels.ALL + ",proxy,security", secret = true,
              description = "The user name for proxy authentication (Basic).")
    @Metadata(secret = true)
    private String proxyUsername;

    @UriParam(label = OperationLabels.ALL + ",proxy,security", secret = true,
              description = "The password for proxy authentication (Basic).")
    @Metadata(secret = true)
    private String proxyPassword;

    @UriParam(label = OperationLabels.ALL + ",security",
              description = "Camel's TLS configuration (trust store, key store) for the connection to Graph."
                            + " Certificates and host names are always verified.")
    private SSLContextParameters sslContextParameters;

    @UriParam(label = OperationLabels.ALL + ",producer", defaultValue = "true",
              description = "Whether a failure answer from Graph raises a WhatsAppAdminException. When false, the"
                            + " parsed error (io.github.whatsappadmin.camel.model.GraphError) becomes the out body,"
                            + " with the response headers set, for routes that decide on content.")
    private boolean throwExceptionOnFailure = true;

    @UriParam(label = OperationLabels.ALL + ",producer,advanced",
              description = "The User-Agent header; defaults to camel-whatsapp-admin/{version}.")
    private String userAgent;

    /** A copy for one endpoint, so that URI options never change the component's configuration. */
    public WhatsAppAdminConfiguration copy() {
        try {
            return (WhatsAppAdminConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getPhoneNumberId() {
        return phoneNumberId;
    }

    public void setPhoneNumberId(String phoneNumberId) {
        this.phoneNumberId = phoneNumberId;
    }

    public String getBusinessAccountId() {
        return businessAccountId;
    }

    public void setBusinessAccountId(String businessAccountId) {
        this.businessAccountId = businessAccountId;
    }

    public String getFields() {
        return fields;
    }

    public void setFields(String fields) {
        this.fields = fields;
    }

    public int getMaxResults() {
        return maxResults;
    }

    public void setMaxResults(int maxResults) {
        this.maxResults = maxResults;
    }

    public CodeMethod getCodeMethod() {
        return codeMethod;
    }

    public void setCodeMethod(CodeMethod codeMethod) {
        this.codeMethod = codeMethod;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
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

    public String getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public boolean isAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    public void setAllowInsecureHttp(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public int getMaxConnectionsPerHost() {
        return maxConnectionsPerHost;
    }

    public void setMaxConnectionsPerHost(int maxConnectionsPerHost) {
        this.maxConnectionsPerHost = maxConnectionsPerHost;
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

    public String getProxyUsername() {
        return proxyUsername;
    }

    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public boolean isThrowExceptionOnFailure() {
        return throwExceptionOnFailure;
    }

    public void setThrowExceptionOnFailure(boolean throwExceptionOnFailure) {
        this.throwExceptionOnFailure = throwExceptionOnFailure;
    }

    public int getRegistrationBudget() {
        return registrationBudget;
    }

    public void setRegistrationBudget(int registrationBudget) {
        this.registrationBudget = registrationBudget;
    }

    public WhatsAppRegistrationBudgetStore getRegistrationBudgetStore() {
        return registrationBudgetStore;
    }

    public void setRegistrationBudgetStore(WhatsAppRegistrationBudgetStore registrationBudgetStore) {
        this.registrationBudgetStore = registrationBudgetStore;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public void setUserAgent(String userAgent) {
        this.userAgent = userAgent;
    }

    @Override
    public String toString() {
        // Secrets (token, proxy credentials) are left out on purpose.
        return "WhatsAppAdminConfiguration[phoneNumberId=" + phoneNumberId + ", businessAccountId=" + businessAccountId
               + ", apiVersion=" + apiVersion
               + ", baseUrl=" + baseUrl + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
               + ", maxConnectionsPerHost=" + maxConnectionsPerHost + ", proxyHost=" + proxyHost + ", proxyPort=" + proxyPort
               + ", throwExceptionOnFailure=" + throwExceptionOnFailure
               + ", registrationBudget=" + registrationBudget + "]";
    }
}
