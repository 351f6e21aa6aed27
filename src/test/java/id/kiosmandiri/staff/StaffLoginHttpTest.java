package id.kiosmandiri.staff;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestStaff;
import id.kiosmandiri.demo.DemoStaffLogin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff login as a browser's HTTP requests see it: staff pages send a visitor without a staff
 * login to {@code /staff/login}; the login form's post is checked by Spring Security and answered
 * with a redirect (start page by role, or back to the login with one plain error, or the wait when
 * throttled); every outcome is audited; a login gets a new session id.
 */
@IntegrationTest
class StaffLoginHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private TestStaff staff;
    private CookieManager cookies;
    private HttpClient browser;

    @BeforeEach
    void setUp() {
        staff = new TestStaff(jdbc, clock);
        newBrowser();
    }

    /** A browser with no cookies: no session yet. */
    private void newBrowser() {
        cookies = new CookieManager();
        browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @AfterEach
    void tearDown() {
        staff.deleteAll();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> login(String username, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create(url("/staff/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String redirect(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("a redirect").isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return URI.create(location).getRawPath() + (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery());
    }

    private Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    @Test
    void staffPagesSendAVisitorWithoutAStaffLoginToTheLogin() throws Exception {
        for (String page : new String[]{"/staff", "/staff/accounts", "/staff/audit", "/staff/no-such-page"}) {
            assertThat(redirect(get(page))).as(page).isEqualTo("/staff/login");
        }
        HttpResponse<String> login = get("/staff/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).as(login.headers().map().toString()).hasValue("nosniff");
        assertThat(get("/").headers().firstValue("X-Content-Type-Options")).as("a kiosk page too").hasValue("nosniff");
        // the kiosk stays open as it was; its login screen is the kiosk's, not a login page of Spring's
        assertThat(get("/").statusCode()).isEqualTo(200);
        HttpResponse<String> kioskLogin = get("/login");
        assertThat(kioskLogin.statusCode()).isEqualTo(200);
        assertThat(kioskLogin.body()).contains("Vaadin").doesNotContainIgnoringCase("password");
        assertThat(get("/verify/NOTHING.abc").statusCode()).isEqualTo(200);
        assertThat(get("/kiosk.css").statusCode()).isEqualTo(200);
        assertThat(get("/staff.css").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordGoesBackToTheLoginAndIsAudited() throws Exception {
        staff.branchStaff("test-http-wrong", "BDGSUCI");
        assertThat(redirect(login("test-http-wrong", "not-the-password"))).isEqualTo("/staff/login?error");
        assertThat(redirect(login("test-http-nobody", "not-the-password"))).as("the same answer for a name without account")
                .isEqualTo("/staff/login?error");
        assertThat(staff.audit("test-http-wrong")).extracting(TestStaff.Audited::action, TestStaff.Audited::detail,
                        TestStaff.Audited::branchCode, TestStaff.Audited::clientAddress)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LOGIN_FAILED", "wrong password", "BDGSUCI", "127.0.0.1"));
        assertThat(staff.audit("test-http-nobody")).extracting(TestStaff.Audited::detail).containsExactly("unknown username");
        assertThat(redirect(get("/staff"))).as("still not signed in").isEqualTo("/staff/login");
        // the kiosk's own address /login takes no staff login
        HttpResponse<String> atKioskLogin = browser.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=test-http-wrong&password=x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(atKioskLogin.headers().firstValue("Location").orElse("")).doesNotContain("/staff");
        assertThat(staff.audit("test-http-wrong")).hasSize(1);
        jdbc.update("DELETE FROM staff_login_failure WHERE username = 'test-http-nobody'");
    }

    @Test
    void aDisabledAccountCannotLogIn() throws Exception {
        staff.branchStaff("test-http-disabled", "JKTSALEMBA");
        staff.setEnabled("test-http-disabled", false);
        assertThat(redirect(login("test-http-disabled", TestStaff.PASSWORD))).isEqualTo("/staff/login?error");
        assertThat(redirect(get("/staff"))).isEqualTo("/staff/login");
        assertThat(staff.audit("test-http-disabled")).extracting(TestStaff.Audited::action, TestStaff.Audited::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LOGIN_FAILED", "account disabled"));
    }

    @Test
    void aLoginGetsANewSessionAndTheStartPageOfItsRole() throws Exception {
        staff.branchStaff("test-http-branch", "BDGSUCI");
        get("/staff/login");
        String before = sessionId().orElseThrow();
        assertThat(redirect(login("test-http-branch", TestStaff.PASSWORD))).isEqualTo("/staff");
        assertThat(sessionId().orElseThrow()).as("session fixation: a new id").isNotEqualTo(before);
        HttpResponse<String> fleet = get("/staff");
        assertThat(fleet.statusCode()).isEqualTo(200);
        assertThat(staff.audit("test-http-branch")).extracting(TestStaff.Audited::action, TestStaff.Audited::branchCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LOGIN", "BDGSUCI"));

        newBrowser();
        assertThat(redirect(login(DemoStaffLogin.ADMIN.username(), DemoStaffLogin.ADMIN.password())))
                .as("the demo admin, to the accounts").isEqualTo("/staff/accounts");
    }

    @Test
    void aPageAskedForBeforeTheLoginIsShownAfterIt() throws Exception {
        staff.admin("test-http-admin");
        assertThat(redirect(get("/staff/audit"))).isEqualTo("/staff/login");
        // with Spring Security's mark of a saved request
        assertThat(redirect(login("test-http-admin", TestStaff.PASSWORD))).isIn("/staff/audit", "/staff/audit?continue");
    }

    @Test
    void afterTheFreeFailuresTheLoginIsThrottledEvenWithTheRightPassword() throws Exception {
        staff.branchStaff("test-http-throttle", "JKTSALEMBA");
        for (int i = 0; i < 5; i++) {
            assertThat(redirect(login("test-http-throttle", "wrong-" + i))).isEqualTo("/staff/login?error");
        }
        String throttled = redirect(login("test-http-throttle", TestStaff.PASSWORD));
        assertThat(throttled).startsWith("/staff/login?wait=");
        assertThat(Integer.parseInt(throttled.substring(throttled.indexOf('=') + 1))).isBetween(1, 30);
        assertThat(redirect(get("/staff"))).as("not signed in").isEqualTo("/staff/login");
        assertThat(staff.audit("test-http-throttle")).extracting(TestStaff.Audited::action)
                .containsExactly("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_THROTTLED");
        assertThat(staff.failedLogins("test-http-throttle")).as("the throttled try is not counted").isEqualTo(5);
    }
}
