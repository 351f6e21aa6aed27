package id.kiosmandiri.staff;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestStaff;
import id.kiosmandiri.kiosk.ui.MutableClock;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff session ends after 30 minutes without a staff action, although an open tab's Vaadin
 * heartbeats keep reaching the server: the filter of the security chain on its own, with a clock
 * moved by hand.
 */
@IntegrationTest
class StaffIdleTimeoutTest {

    @Autowired
    StaffAuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock appClock;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("securityFilterChain") // not the management port's
    SecurityFilterChain chain;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);
    private TestStaff staff;
    private StaffIdleTimeout filter;
    private MockHttpSession session;

    @BeforeEach
    void signedIn() {
        staff = new TestStaff(jdbc, appClock);
        filter = new StaffIdleTimeout(clock, Duration.ofMinutes(30), audit);
        session = new MockHttpSession();
        StaffUser user = new StaffUser(1, "test-idle", null, "Test", StaffRole.BRANCH_STAFF, "JKTSALEMBA", true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private HttpServletRequest request(String vaadinRequestType) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        request.setRemoteAddr("192.0.2.44");
        if (vaadinRequestType != null) {
            request.setParameter("v-r", vaadinRequestType);
        }
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        return request;
    }

    @Test
    void heartbeatsAloneDoNotKeepAStaffSessionAlive() throws Exception {
        request("uidl");
        for (int minute = 5; minute <= 25; minute += 5) {
            clock.advance(Duration.ofMinutes(5));
            request("heartbeat");
            assertThat(session.isInvalid()).as("after %d min", minute).isFalse();
        }
        clock.advance(Duration.ofMinutes(5));
        request("heartbeat");
        assertThat(session.isInvalid()).as("30 min after the last action").isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("the request goes on as anonymous").isNull();
        assertThat(staff.audit("test-idle")).extracting(TestStaff.Audited::action, TestStaff.Audited::detail,
                        TestStaff.Audited::clientAddress)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SESSION_TIMEOUT", "idle 30 min", "192.0.2.44"));
    }

    @Test
    void everyStaffActionStartsTheIdleTimeAgain() throws Exception {
        request("uidl");
        clock.advance(Duration.ofMinutes(29));
        request("uidl");
        clock.advance(Duration.ofMinutes(29));
        request(null); // a page load
        clock.advance(Duration.ofMinutes(29));
        request("heartbeat");
        assertThat(session.isInvalid()).isFalse();
        assertThat(staff.audit("test-idle")).isEmpty();
    }

    @Test
    void theFilterIsInTheSecurityChainWhereTheSignedInStaffIsKnownAndBeforeAccessIsDecided() {
        List<Class<?>> filters = chain.getFilters().stream().<Class<?>>map(Object::getClass).toList();
        assertThat(filters).containsSubsequence(SecurityContextHolderFilter.class, StaffIdleTimeout.class,
                AuthorizationFilter.class);
    }

    @Test
    void aKioskSessionIsNotTouched() throws Exception {
        SecurityContextHolder.clearContext();
        request("uidl");
        clock.advance(Duration.ofHours(2));
        request("heartbeat");
        assertThat(session.isInvalid()).isFalse();
        assertThat(session.getAttribute(StaffIdleTimeout.LAST_ACTIVITY)).isNull();
    }
}
