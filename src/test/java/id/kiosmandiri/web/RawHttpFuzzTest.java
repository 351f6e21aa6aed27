package id.kiosmandiri.web;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.LogCapture;
import id.kiosmandiri.member.HostileStrings;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 3,000 addresses (10,000 with {@code -Dfuzz.full=true}) with any path and query parameters, as a tampered browser or a scanner sends them, and
 * 10,000 requests to Vaadin's endpoint ({@code ?v-r=uidl}) as a tampered browser might send them, on a
 * real kiosk page's UI: bodies that are no JSON, JSON of the wrong shape, a wrong or missing CSRF token,
 * wrong sync and client ids, and well-formed messages whose invocations are nonsense (unknown nodes and
 * events, navigation to any address). Every answer to an address is below 500 with no stack trace. Every
 * answer to a message is 4xx or 200 (Vaadin's own answer: a resync, the
 * session gone, an ignored message), never a 5xx, never a stack trace; the log holds no error and no
 * stack trace either.
 */
@IntegrationTest
class RawHttpFuzzTest {

    private static final int CASES = 10_000;
    /** Addresses: each unknown one is answered with the whole start page (about 3 ms of the server), so fewer. */
    private static final int ADDRESSES = Boolean.getBoolean("fuzz.full") ? CASES : 3_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** A kiosk page's UI: its id, CSRF token and the last sync id the server sent. */
    private record Page(int uiId, String csrfToken, int syncId) {
    }

    private Page openPage() throws Exception {
        get("/?kiosk=TEST-FUZZ");
        String init = get("/?v-r=init&location=&query=" + URLEncoder.encode("kiosk=TEST-FUZZ", StandardCharsets.UTF_8)
                + "&v-sh=1920&v-sw=1080&v-wh=1920&v-ww=1080&v-bh=1920&v-bw=1080&v-curdate=0&v-tzo=-420&v-dstd=0&v-rtzo=-420"
                + "&v-dston=false&v-tzid=Asia%2FJakarta&v-wn=fuzz&v-td=true&v-pr=1").body();
        JsonNode config = JSON.readTree(init).path("appConfig");
        JsonNode uidl = config.path("uidl");
        return new Page(config.path("v-uiId").asInt(), uidl.path("Vaadin-Security-Key").asString(), uidl.path("syncId").asInt(0));
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).GET()
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String pathAndQuery, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json; charset=UTF-8")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What one case sends: which UI (as the query names it) and the body. */
    private record Attempt(String query, String body) {
    }

    private static Arbitrary<String> hostileJsonValue() {
        return Arbitraries.oneOf(
                HostileStrings.any().map(s -> JSON.getNodeFactory().textNode(s).toString()),
                Arbitraries.of("null", "true", "-1", "0", "2147483648", "1e309", "[]", "{}", "[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]",
                        "\"\\u0000\"", "NaN"));
    }

    /** One invocation the client could send, with nonsense in it. */
    private static Arbitrary<String> invocation() {
        Arbitrary<String> type = Arbitraries.of("event", "mSync", "publishedEventHandler", "navigation", "attachExistingElement",
                "channel", "returnChannel", "nonsense");
        Arbitrary<String> node = Arbitraries.of("1", "0", "-1", "2", "5", "99999", "\"1\"", "null", "1.5");
        Arbitrary<String> event = Arbitraries.of("click", "ui-navigate", "kiosk-card", "kiosk-activity", "ui-leave-navigation",
                "ui-refresh", "\"\"").map(e -> e.startsWith("\"") ? e : "\"" + e + "\"");
        Arbitrary<String> route = Arbitraries.oneOf(HostileStrings.any(),
                        Arbitraries.of("..", "verify/..", "../staff", "login?kiosk=TEST-PRINT", "verify/x#y", "//evil.example", "staff/accounts"))
                .map(s -> JSON.getNodeFactory().textNode(s).toString());
        return Combinators.combine(type, node, event, hostileJsonValue(), route).as((t, n, e, v, r) ->
                "{\"type\":\"" + t + "\",\"node\":" + n + ",\"event\":" + e + ",\"feature\":1,\"property\":" + v
                        + ",\"value\":" + v + ",\"templateEventMethodName\":" + v + ",\"templateEventMethodArgs\":" + v
                        + ",\"data\":{\"route\":" + r + ",\"query\":" + r + ",\"event.detail.number\":" + v + "}}");
    }

    private static Arbitrary<Attempt> attempt(Page page) {
        String ui = "v-r=uidl&v-uiId=" + page.uiId();
        String token = "\"" + page.csrfToken() + "\"";
        Arbitrary<String> query = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just(ui)),
                Tuple.of(1, Arbitraries.of("v-r=uidl&v-uiId=99999", "v-r=uidl&v-uiId=-1", "v-r=uidl&v-uiId=abc", "v-r=uidl",
                        "v-r=nonsense&v-uiId=" + page.uiId(), "v-r=heartbeat&v-uiId=" + page.uiId())));
        Arbitrary<String> notJson = Arbitraries.oneOf(HostileStrings.any(),
                Arbitraries.of("", "{", "[", "{\"csrfToken\":", "for(;;);[{}]", "\u0000\u0000", "{\"rpc\":[}"));
        Arbitrary<String> wrongShape = Combinators.combine(hostileJsonValue(), hostileJsonValue(), hostileJsonValue())
                .as((a, b, c) -> "{\"csrfToken\":" + a + ",\"rpc\":" + b + ",\"syncId\":" + c + ",\"clientId\":" + c + "}");
        Arbitrary<String> rpc = invocation().list().ofMinSize(0).ofMaxSize(3).map(l -> "[" + String.join(",", l) + "]");
        Arbitrary<String> ids = Arbitraries.of("0", "1", "-1", "2147483647", String.valueOf(page.syncId()), "\"x\"");
        Arbitrary<String> wrongToken = Combinators.combine(Arbitraries.of("\"init\"", "\"\"", "null", "\"" + "0".repeat(36) + "\"",
                        token.replace('a', 'b').replace('1', '2')), rpc, ids)
                .as((t, r, i) -> "{\"csrfToken\":" + t + ",\"rpc\":" + r + ",\"syncId\":" + i + ",\"clientId\":" + i + "}");
        Arbitrary<String> rightToken = Combinators.combine(rpc, ids, ids, Arbitraries.of("", ",\"resynchronize\":true", ",\"UNLOAD\":true"))
                .as((r, s, c, extra) -> "{\"csrfToken\":" + token + ",\"rpc\":" + r + ",\"syncId\":" + s + ",\"clientId\":" + c + extra + "}");
        Arbitrary<String> body = Arbitraries.frequencyOf(
                Tuple.of(2, notJson), Tuple.of(2, wrongShape), Tuple.of(3, wrongToken), Tuple.of(5, rightToken));
        return Combinators.combine(query, body).as(Attempt::new);
    }

    /** Percent-encodes every byte but the unreserved ones, as a browser encodes what it cannot send plainly. */
    private static String encoded(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    private static Arbitrary<String> address() {
        Arbitrary<String> segment = Arbitraries.oneOf(HostileStrings.any().map(RawHttpFuzzTest::encoded),
                Arbitraries.of("verify", "login", "staff", "enrol", "receipt", "VAADIN", "actuator", "..", "%2e%2e", "%c0%ae",
                        ";jsessionid=0", "%00", "", "index.html", "sw.js", "frontend", "HEARTBEAT"));
        Arbitrary<String> path = segment.list().ofMinSize(0).ofMaxSize(4).map(l -> "/" + String.join("/", l));
        Arbitrary<String> parameter = Combinators.combine(
                Arbitraries.oneOf(Arbitraries.of("kiosk", "v-r", "v-uiId", "location", "lang", "continue"), HostileStrings.any()),
                Arbitraries.oneOf(Arbitraries.of("init", "uidl", "heartbeat", "push", "DEMO-01", "-1", "99999999999"), HostileStrings.any()))
                .as((k, v) -> encoded(k) + "=" + encoded(v));
        Arbitrary<String> query = parameter.list().ofMaxSize(3).map(l -> l.isEmpty() ? "" : "?" + String.join("&", l));
        return Combinators.combine(path, query).as(String::concat);
    }

    @Test
    void anyAddressWithAnyQueryGetsNoServerErrorAndNoStackTrace() throws Exception {
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        try (LogCapture log = LogCapture.capture()) {
            for (String a : address().sampleStream().limit(ADDRESSES).toList()) {
                HttpResponse<String> answer;
                try {
                    answer = get(a);
                } catch (IllegalArgumentException notAUri) {
                    continue; // the client itself refuses to send it
                }
                statuses.merge(answer.statusCode(), 1, Integer::sum);
                if (answer.statusCode() >= 500 || answer.body().contains("Exception") || answer.body().contains("\tat ")) {
                    failures.add(answer.statusCode() + " for " + a + ": " + answer.body().substring(0, Math.min(300, answer.body().length())));
                }
            }
            assertThat(failures).as("answers with a server error or a stack trace").isEmpty();
            assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).as("addresses sent").isGreaterThan(ADDRESSES * 9 / 10);
            assertThat(log.errorsAndStackTraces()).as("the log").isEmpty();
        }
    }

    @Test
    void malformedMessagesAndWrongTokensGetNoServerErrorAndNoStackTrace() throws Exception {
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        try (LogCapture log = LogCapture.capture()) {
            int sent = 0;
            while (sent < CASES) {
                // a fresh page now and then: the tampering may have closed the last one's UI or session
                Page page = openPage();
                for (Attempt a : attempt(page).sampleStream().limit(250).toList()) {
                    HttpResponse<String> answer = post("/?" + a.query(), a.body());
                    statuses.merge(answer.statusCode(), 1, Integer::sum);
                    if (answer.statusCode() >= 500 || answer.body().contains("Exception") || answer.body().contains("\tat ")) {
                        failures.add(answer.statusCode() + " for " + a + ": " + answer.body().substring(0, Math.min(300, answer.body().length())));
                    }
                    sent++;
                }
            }
            assertThat(failures).as("answers with a server error or a stack trace").isEmpty();
            assertThat(statuses.keySet()).as("statuses seen: %s", statuses).allMatch(s -> s == 200 || (s >= 400 && s < 500));
            assertThat(log.errorsAndStackTraces()).as("the log").isEmpty();
        }
    }

    /** What the fuzzing found answered 500 (or logged a stack trace) before VaadinRequestGuard: each, plainly refused. */
    @Test
    void whatTheFuzzingFoundIsRefusedPlainly() throws Exception {
        try (LogCapture log = LogCapture.capture()) {
            assertThat(get("/%20/").statusCode()).as("a blank segment (Vaadin's route check threw)").isEqualTo(404);
            assertThat(get("/x%3F%25zz").statusCode()).as("a decoded '?' then a broken escape").isEqualTo(404);
            assertThat(get("/?=0").statusCode()).as("a parameter without a name (Tomcat threw)").isEqualTo(400);
            assertThat(get("/login/x?v-r=push").statusCode()).as("push elsewhere (Atmosphere threw)").isEqualTo(404);
            assertThat(post("/?v-r=uidl&v-uiId=abc", "{}").statusCode()).as("a UI id that is no number").isEqualTo(400);
            Page page = openPage();
            String ui = "/?v-r=uidl&v-uiId=" + page.uiId();
            assertThat(post(ui, "{\"csrfToken\":").statusCode()).as("no JSON (Vaadin logged a stack trace)").isEqualTo(400);
            assertThat(post(ui, "[]").statusCode()).as("no JSON object").isEqualTo(400);
            assertThat(post(ui, "{\"rpc\":[]}" + " ".repeat(300 * 1024)).statusCode()).as("over 256 KB").isEqualTo(413);
            assertThat(post(ui, "{\"csrfToken\":\"" + page.csrfToken() + "\",\"rpc\":[{\"type\":\"event\",\"node\":1.5,"
                    + "\"event\":\"click\"}],\"syncId\":" + page.syncId() + ",\"clientId\":0}").statusCode())
                    .as("nonsense in a well-formed message: Vaadin's own answer").isEqualTo(200);
            assertThat(log.errorsAndStackTraces()).isEmpty();
        }
    }

    @Test
    void aPageStillWorksAfterTheTampering() throws Exception {
        Page page = openPage();
        ArrayNode rpc = JSON.createArrayNode();
        ObjectNode navigate = rpc.addObject();
        navigate.put("type", "event").put("node", 1).put("event", "ui-navigate");
        navigate.putObject("data").put("route", "/").put("query", "kiosk=TEST-FUZZ").put("appShellTitle", "").put("trigger", "")
                .putObject("historyState").put("idx", 0);
        ObjectNode message = JSON.createObjectNode().put("csrfToken", page.csrfToken());
        message.set("rpc", rpc);
        message.put("syncId", page.syncId()).put("clientId", 0);
        HttpResponse<String> answer = post("/?v-r=uidl&v-uiId=" + page.uiId(), message.toString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).as("the attract screen is drawn").contains("\"start\"");
    }
}
