package id.kiosmandiri.web;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestData;
import id.kiosmandiri.demo.DemoStaffLogin;
import id.kiosmandiri.help.CalledStaff;
import id.kiosmandiri.help.HelpService;
import id.kiosmandiri.help.HelpTopic;
import id.kiosmandiri.member.LoginResult;
import id.kiosmandiri.member.MemberAuthService;
import id.kiosmandiri.receipt.IssuedReceipt;
import id.kiosmandiri.receipt.ReceiptContent;
import id.kiosmandiri.receipt.ReceiptDocument;
import id.kiosmandiri.receipt.ReceiptKind;
import id.kiosmandiri.receipt.ReceiptLine;
import id.kiosmandiri.receipt.ReceiptService;
import id.kiosmandiri.session.LoginMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What operators scrape and watch on the management port (docs/operations.md): Prometheus metrics that
 * move with what members do (logins by outcome, a lockout, a printed receipt, a touch's round trip), the
 * help queue as stored, the database pool; and health with the database and the kiosks, whose details
 * (each kiosk's printer) only an admin sees.
 */
@IntegrationTest
class OperationsEndpointsTest {

    private static final String NIK = "3471051505906001";
    private static final String KPJ = TestData.KPJ_PREFIX + "860001";
    private static final String CARD = "1999986001";

    @LocalManagementPort
    int managementPort;
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    MemberAuthService auth;
    @Autowired
    ReceiptService receipts;
    @Autowired
    HelpService help;

    private final HttpClient http = HttpClient.newHttpClient();
    private TestData data;
    private long member;
    private final List<Long> helpRequests = new ArrayList<>();

    @BeforeEach
    void member() {
        data = new TestData(jdbc, clock);
        member = data.loginMember(NIK, KPJ, CARD, "Uji Metrik");
    }

    @AfterEach
    void cleanUp() {
        helpRequests.forEach(id -> jdbc.update("DELETE FROM assistance_request WHERE id = ?", id));
        data.deleteAll();
    }

    private HttpResponse<String> management(String path, String basicUser, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                .timeout(Duration.ofSeconds(30));
        if (basicUser != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((basicUser + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String scrape() throws Exception {
        HttpResponse<String> answer = management("/actuator/prometheus", null, null);
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    /** The value of the sample with this name and these labels (in the order Prometheus writes them); 0 when absent. */
    private static double sample(String scrape, String nameAndLabels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(nameAndLabels) + " ([0-9.eE+-]+|NaN)$").matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void metricsMoveWithWhatMembersDo() throws Exception {
        // first: the help gauges read the database at most once a second, so both scrapes see this request
        CalledStaff called = help.call("TEST-SCREEN", HelpTopic.OTHER, null, null, Locale.of("id"));
        helpRequests.add(called.request().id());
        String before = scrape();

        assertThat(auth.login("TEST-PDF", "192.0.2.60", LoginMethod.KPJ, KPJ, "999999")).isInstanceOf(LoginResult.Wrong.class);
        assertThat(auth.login("TEST-PDF", "192.0.2.60", LoginMethod.KPJ, KPJ, TestData.PIN)).isInstanceOf(LoginResult.Success.class);
        assertThat(auth.login("TEST-PDF", "192.0.2.60", LoginMethod.KPJ, "12", TestData.PIN)).isInstanceOf(LoginResult.Invalid.class);
        for (int i = 0; i < 3; i++) { // kiosk.security.max-failed-pins: the third locks
            auth.login("TEST-PDF", "192.0.2.60", LoginMethod.KPJ, KPJ, "999999");
        }
        IssuedReceipt receipt = receipts.issue(new ReceiptContent(ReceiptKind.BALANCE_SLIP, null, 1_000, "U** M*****",
                new ReceiptDocument("SALDO JHT", List.of(new ReceiptLine.Pair("Saldo JHT", "Rp 1.000", true)), null, null)),
                member, "TEST-PDF", null, Locale.of("id"));
        assertThat(receipts.print(receipt.id(), member, "TEST-PDF", Locale.of("id")).printed()).isTrue();
        // a touch: the start screen's message to Vaadin's endpoint
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?kiosk=TEST-FUZZ")).build(),
                HttpResponse.BodyHandlers.ofString());
        String init = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/?v-r=init&location=&query=kiosk%3DTEST-FUZZ&v-wn=metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher ui = Pattern.compile("\"v-uiId\":(\\d+)").matcher(init);
        Matcher token = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"").matcher(init);
        assertThat(ui.find() && token.find()).as("a page was opened").isTrue();
        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=uidl&v-uiId=" + ui.group(1)))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"" + token.group(1) + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        String after = scrape();
        assertThat(sample(after, "kiosk_member_logins_total{outcome=\"success\"}") - sample(before, "kiosk_member_logins_total{outcome=\"success\"}"))
                .isEqualTo(1);
        assertThat(sample(after, "kiosk_member_logins_total{outcome=\"wrong\"}") - sample(before, "kiosk_member_logins_total{outcome=\"wrong\"}"))
                .as("a wrong PIN, then two more before the lock").isEqualTo(3);
        assertThat(sample(after, "kiosk_member_logins_total{outcome=\"locked\"}") - sample(before, "kiosk_member_logins_total{outcome=\"locked\"}"))
                .isEqualTo(1);
        assertThat(sample(after, "kiosk_member_logins_total{outcome=\"invalid\"}") - sample(before, "kiosk_member_logins_total{outcome=\"invalid\"}"))
                .isEqualTo(1);
        assertThat(sample(after, "kiosk_member_lockouts_total") - sample(before, "kiosk_member_lockouts_total")).isEqualTo(1);
        String printed = "kiosk_receipts_total{kind=\"balance_slip\",outcome=\"printed\"}";
        assertThat(sample(after, printed) - sample(before, printed)).isEqualTo(1);
        String touches = "kiosk_vaadin_roundtrip_seconds_count{status=\"ok\"}";
        assertThat(sample(after, touches) - sample(before, touches)).as("the touch's round trip").isGreaterThanOrEqualTo(1);
        assertThat(after).contains("kiosk_vaadin_roundtrip_seconds_bucket{status=\"ok\",le=");

        int waiting = jdbc.queryForObject("SELECT COUNT(*) FROM assistance_request WHERE status = 'WAITING'", Integer.class);
        assertThat(waiting).isPositive();
        assertThat(sample(after, "kiosk_help_waiting")).as("help requests waiting, as stored").isEqualTo(waiting);
        assertThat(sample(after, "kiosk_help_oldest_waiting_seconds")).isGreaterThanOrEqualTo(0);
        assertThat(after).contains("kiosk_member_sessions_active ");
        assertThat(sample(after, "hikaricp_connections_max{pool=\"HikariPool-1\"}")).as("the database pool").isEqualTo(42, within(0.0));
        assertThat(after).contains("hikaricp_connections_active{pool=\"HikariPool-1\"}").contains("hikaricp_connections_pending{pool=\"HikariPool-1\"}");
    }

    @Test
    void healthShowsTheDatabaseAndTheKiosksAndOnlyAnAdminSeesEachPrinter() throws Exception {
        HttpResponse<String> anyone = management("/actuator/health", null, null);
        assertThat(anyone.statusCode()).isEqualTo(200);
        assertThat(anyone.body()).contains("\"db\":{\"status\":\"UP\"").contains("\"kiosks\":{\"status\":\"UP\"")
                .doesNotContain("byKiosk").doesNotContain("TEST-PRINT");

        HttpResponse<String> branchStaff = management("/actuator/health", DemoStaffLogin.SALEMBA.username(), DemoStaffLogin.SALEMBA.password());
        assertThat(branchStaff.body()).as("an admin's details only").doesNotContain("byKiosk");

        HttpResponse<String> admin = management("/actuator/health", DemoStaffLogin.ADMIN.username(), DemoStaffLogin.ADMIN.password());
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("\"byKiosk\"").contains("\"TEST-PRINT\":{\"online\":").contains("\"printer\":")
                .contains("\"printersFailed\":");

        HttpResponse<String> wrongPassword = management("/actuator/health", DemoStaffLogin.ADMIN.username(), "not-the-password");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
    }
}
