package id.kiosmandiri.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets at most a few screen requests (page loads, Vaadin's round trips and heartbeats) be worked on at
 * once; the others wait here, first come first served, before they take anything. Why: when more kiosks
 * touch their screens than the server's cores can answer, every request in progress holds a thread and
 * then a pooled database connection while it waits for the CPU; past the pool's size the rest time out
 * and members see the error screen (measured: 153 error screens at 1,300 kiosks on one core). Waiting
 * here instead, a touch is answered later but is answered: the kiosk slows down, nothing fails.
 *
 * <p>Not held back: static files, the push connection (a WebSocket or a long poll that stays open),
 * and the beacons a page sends as it goes away ({@code text/plain}: Flow's unload and Atmosphere's
 * close), since those may wait on other requests and must never be queued behind them. A request that
 * has waited {@link RequestAdmissionProperties#maxWait()} goes on without a permit, so requests stuck on
 * something else can slow the server but never stop it. Runs first of all filters.
 */
@Component
@Order(-120)
class RequestAdmissionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestAdmissionFilter.class);

    private final Semaphore permits;
    private final long maxWaitNanos;
    private final int permitCount;

    RequestAdmissionFilter(RequestAdmissionProperties properties) {
        this.permitCount = properties.permits();
        this.permits = new Semaphore(permitCount, true);
        this.maxWaitNanos = properties.maxWait().toNanos();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!heldBack(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean admitted;
        try {
            admitted = permits.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        if (!admitted) {
            log.warn("A request waited {} s for one of {} permits and goes on without one", maxWaitNanos / 1_000_000_000, permitCount);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (admitted) {
                permits.release();
            }
        }
    }

    /** Requests waiting for a permit now (for tests and monitoring). */
    int waiting() {
        return permits.getQueueLength();
    }

    static boolean heldBack(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (NoStoreFilter.isStaticAsset(path) || path.startsWith("/VAADIN/push") || path.startsWith("/actuator")) {
            return false;
        }
        if ("websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            return false;
        }
        String contentType = request.getContentType();
        return !("POST".equals(request.getMethod()) && contentType != null && contentType.startsWith("text/plain"));
    }
}
