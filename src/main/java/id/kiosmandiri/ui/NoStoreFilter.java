package id.kiosmandiri.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Pages and server round trips are never stored by the browser, so nothing of a member can come
 * back from the cache, the back button or the back-forward cache. Static assets (scripts, styles,
 * images) hold nothing personal and may be cached.
 */
@Component
class NoStoreFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isStaticAsset(request.getRequestURI())) {
            response.setHeader("Cache-Control", "no-store, no-cache, must-revalidate, max-age=0");
            response.setHeader("Pragma", "no-cache");
            response.setHeader("Expires", "0");
        }
        chain.doFilter(request, response);
    }

    static boolean isStaticAsset(String uri) {
        return uri.startsWith("/VAADIN/build/") || uri.startsWith("/VAADIN/static/") || uri.startsWith("/images/")
                || uri.endsWith(".css") || uri.endsWith(".js") || uri.endsWith(".svg") || uri.endsWith(".png")
                || uri.endsWith(".woff2");
    }
}
