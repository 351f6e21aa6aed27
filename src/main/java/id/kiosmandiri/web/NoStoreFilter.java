package id.kiosmandiri.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Every dynamic answer (pages, Vaadin's round trips and heartbeats, error pages) is sent with
 * {@code Cache-Control: no-store}, so nothing of a member can come back from the cache, the back
 * button or the back-forward cache. Vaadin sets its own {@code no-cache} on round trips; the
 * response is wrapped so that it cannot overwrite ours. Static assets (scripts, styles, images)
 * hold nothing personal and may be cached. It runs before Spring Security's filter chain (order
 * -100), so the chain's own answers (a redirect to the staff login) are not stored either, and
 * Spring Security's cache headers are switched off in favour of these.
 */
@Component
@Order(-110)
class NoStoreFilter extends OncePerRequestFilter {

    static final String NO_STORE = "no-store, no-cache, must-revalidate, max-age=0";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isStaticAsset(request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        NoStoreResponse noStore = new NoStoreResponse(response);
        noStore.setNoStore();
        chain.doFilter(request, noStore);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false; // error pages too
    }

    static boolean isStaticAsset(String uri) {
        return uri.startsWith("/VAADIN/build/") || uri.startsWith("/VAADIN/static/") || uri.startsWith("/images/")
                || uri.endsWith(".css") || uri.endsWith(".js") || uri.endsWith(".svg") || uri.endsWith(".png")
                || uri.endsWith(".woff2");
    }

    /** Keeps the no-store headers whatever a handler later sets for caching. */
    private static final class NoStoreResponse extends HttpServletResponseWrapper {

        NoStoreResponse(HttpServletResponse response) {
            super(response);
        }

        void setNoStore() {
            super.setHeader("Cache-Control", NO_STORE);
            super.setHeader("Pragma", "no-cache");
            super.setHeader("Expires", "0");
        }

        private static boolean caching(String name) {
            return "Cache-Control".equalsIgnoreCase(name) || "Pragma".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!caching(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!caching(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!caching(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!caching(name)) {
                super.addDateHeader(name, date);
            }
        }

        @Override
        public void reset() {
            super.reset();
            setNoStore(); // an error page resets the response: no-store again
        }
    }
}
