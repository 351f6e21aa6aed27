package id.kiosmandiri.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * For Prometheus: how long the server takes to answer a kiosk's touch, that is each message to Vaadin's
 * endpoint ({@code ?v-r=uidl}), from the first filter to the last byte handed to the container. As a
 * histogram, so the p95 over all nodes can be computed (docs/operations.md). Page loads and push are
 * in Spring's {@code http.server.requests}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class VaadinRoundTrips extends OncePerRequestFilter {

    private final Timer answered;
    private final Timer refused;

    VaadinRoundTrips(MeterRegistry registry) {
        this.answered = timer("ok").register(registry);
        this.refused = timer("refused").register(registry);
    }

    private static Timer.Builder timer(String status) {
        return Timer.builder("kiosk.vaadin.roundtrip")
                .description("Server time of a message to Vaadin's endpoint (a touch; heartbeats are not messages)")
                .tag("status", status)
                .publishPercentileHistogram();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String query = request.getQueryString(); // not getParameter: a malformed query is VaadinRequestGuard's to refuse
        return query == null || !query.contains("v-r=uidl") || !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            (response.getStatus() < 400 ? answered : refused).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }
}
