package id.kiosmandiri.staff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Ends a staff session after {@code kiosk.staff.idle-timeout-minutes} without a staff action.
 * The HTTP session alone would not: an open Vaadin tab sends a heartbeat every few minutes and so
 * keeps it alive for ever. Heartbeats and push connections therefore do not count as actions;
 * every other request of the session does. A request that comes after the timeout finds the
 * session ended (audited as {@code SESSION_TIMEOUT}) and goes on as anonymous: a Vaadin round trip
 * is told its session expired, the page reloads, and the staff page sends it to the login.
 *
 * <p>Part of the Spring Security filter chain (after the security context is loaded), not a
 * servlet filter of its own: it is created by the security configuration, not as a bean.
 */
class StaffIdleTimeout extends OncePerRequestFilter {

    static final String LAST_ACTIVITY = StaffIdleTimeout.class.getName() + ".lastActivity";

    private final Clock clock;
    private final Duration timeout;
    private final StaffAuditLog audit;

    StaffIdleTimeout(Clock clock, Duration timeout, StaffAuditLog audit) {
        this.clock = clock;
        this.timeout = timeout;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = session == null ? null : SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffUser user) {
            Instant now = clock.instant();
            Instant last = (Instant) session.getAttribute(LAST_ACTIVITY);
            if (last != null && Duration.between(last, now).compareTo(timeout) >= 0) {
                audit.record(user.getUsername(), StaffAction.SESSION_TIMEOUT,
                        "idle " + Duration.between(last, now).toMinutes() + " min", user.branchCode(), request.getRemoteAddr());
                SecurityContextHolder.clearContext();
                session.invalidate();
            } else if (last == null || countsAsAction(request)) {
                session.setAttribute(LAST_ACTIVITY, now);
            }
        }
        chain.doFilter(request, response);
    }

    /** Everything but Vaadin's heartbeats and push connections, which an unattended open tab sends by itself. */
    static boolean countsAsAction(HttpServletRequest request) {
        String type = request.getParameter("v-r");
        return !"heartbeat".equals(type) && !"push".equals(type);
    }
}
