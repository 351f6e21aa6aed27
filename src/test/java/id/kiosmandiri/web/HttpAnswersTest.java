package id.kiosmandiri.web;

import id.kiosmandiri.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the kiosk server answers over HTTP, as a browser and an attacker see it: a real Vaadin
 * round trip (init, UIDL, heartbeat) carries no-store; the session cookie is HttpOnly,
 * SameSite=Strict and Secure when the request came over HTTPS through the proxy; actuator
 * endpoints exist only on the management port.
 */
@IntegrationTest
class HttpAnswersTest {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private HttpResponse<String> get(HttpClient client, String url, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String json) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNoStore(HttpResponse<String> response, String what) {
        assertThat(response.headers().allValues("Cache-Control")).as(what).hasSize(1);
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).as(what).contains("no-store");
    }

    @Test
    void everyPageForbidsFramingForeignScriptsAndReferrersAndNamesNoServer() throws Exception {
        for (String page : List.of("", "login", "enrol", "staff/login", "verify/not-a-token", "kiosk.css")) {
            HttpResponse<String> answer = get(browser, "http://localhost:" + port + "/" + page);
            assertThat(answer.statusCode()).as(page).isLessThan(500);
            String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(policy).as(page).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                    .doesNotContain("*");
            assertThat(answer.headers().firstValue("X-Frame-Options")).as(page).contains("DENY");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(page).contains("no-referrer");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(page).contains("nosniff");
            assertThat(answer.headers().firstValue("Server")).as(page + ": no server banner").isEmpty();
            assertThat(answer.headers().firstValue("X-Powered-By")).as(page).isEmpty();
        }
    }

    @Test
    void aRealVaadinRoundTripIsNeverStored() throws Exception {
        String base = "http://localhost:" + port + "/";
        assertNoStore(get(browser, base), "the page");
        HttpResponse<String> init = get(browser, base + "?v-r=init&location=" + URLEncoder.encode("", StandardCharsets.UTF_8));
        assertThat(init.statusCode()).isEqualTo(200);
        assertNoStore(init, "init");
        JsonNode config = JsonMapper.builder().build().readTree(init.body()).path("appConfig");
        int uiId = config.path("v-uiId").asInt(-1);
        String csrf = config.path("csrfToken").asText(null);
        if (csrf == null) {
            csrf = config.path("uidl").path("Vaadin-Security-Key").asText();
        }
        assertThat(uiId).as("ui id in %s", init.body().substring(0, Math.min(300, init.body().length()))).isGreaterThanOrEqualTo(0);

        HttpResponse<String> uidl = post(base + "?v-r=uidl&v-uiId=" + uiId,
                "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
        assertThat(uidl.statusCode()).isEqualTo(200);
        assertThat(uidl.body()).as("a UIDL answer").contains("syncId");
        assertNoStore(uidl, "UIDL");

        HttpResponse<String> heartbeat = post(base + "?v-r=heartbeat&v-uiId=" + uiId, "");
        assertThat(heartbeat.statusCode()).isEqualTo(200);
        assertNoStore(heartbeat, "heartbeat");
    }

    @Test
    void notFoundAndErrorAnswersAreNotStoredEither() throws Exception {
        HttpResponse<String> notFound = get(browser, "http://localhost:" + port + "/no-such-screen");
        assertNoStore(notFound, "not found");
    }

    private static String sessionCookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }

    @Test
    void theSessionCookieIsHttpOnlyStrictAndSecureBehindTls() throws Exception {
        HttpClient plain = HttpClient.newHttpClient();
        String overHttp = sessionCookie(get(plain, "http://localhost:" + port + "/?v-r=init&location="));
        assertThat(overHttp).contains("HttpOnly").containsIgnoringCase("SameSite=Strict").doesNotContain("Secure");

        // the TLS proxy on this host (a trusted address) says the member's request came over HTTPS
        String overHttps = sessionCookie(get(HttpClient.newHttpClient(), "http://localhost:" + port + "/?v-r=init&location=",
                "X-Forwarded-Proto", "https", "X-Forwarded-For", "10.20.30.40"));
        assertThat(overHttps).contains("HttpOnly").containsIgnoringCase("SameSite=Strict").contains("Secure");
    }

    @Test
    void actuatorIsOnlyOnTheManagementPort() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        assertThat(managementPort).isNotEqualTo(port);
        assertThat(get(client, "http://localhost:" + port + "/actuator/health").statusCode()).isEqualTo(404);
        assertThat(get(client, "http://localhost:" + port + "/actuator").statusCode()).isEqualTo(404);
        HttpResponse<String> health = get(client, "http://127.0.0.1:" + managementPort + "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
        assertThat(get(client, "http://127.0.0.1:" + managementPort + "/actuator/health/readiness").statusCode()).isEqualTo(200);
    }
}
