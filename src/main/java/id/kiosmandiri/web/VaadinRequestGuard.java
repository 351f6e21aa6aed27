package id.kiosmandiri.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import com.vaadin.flow.router.InvalidLocationException;
import com.vaadin.flow.router.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Turns away requests that no Vaadin page sends, before Vaadin reads them: an address Vaadin cannot read as
 * a location (404), a query Tomcat cannot read (400), and to Vaadin's endpoint: a UI id
 * that is no number, a message that is no well-formed JSON object, or one over {@value #MAX_MESSAGE_BYTES}
 * bytes, a push request at any address but the push address. Each gets a plain 400 (413 for the size, 404
 * for the address). Vaadin itself would answer such a message too, but log
 * an error with a stack trace for each: anyone on the network could fill the log with them (found by
 * {@code RawHttpFuzzTest}). A well-formed message goes on unchanged; reading it once more costs a streaming
 * pass over a few kilobytes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class VaadinRequestGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(VaadinRequestGuard.class);
    /** A kiosk's messages are touches and a few typed characters; the largest seen are a few kilobytes. */
    static final int MAX_MESSAGE_BYTES = 256 * 1024;
    private static final Pattern UI_ID = Pattern.compile("[0-9]{1,9}");
    /** Where Vaadin's client opens its push connection (VAADIN/push), and the application's root. */
    private static final java.util.Set<String> PUSH_PATHS = java.util.Set.of("/VAADIN/push", "/");
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!routable(request)) {
            // Vaadin's own checks (the route access check of its Spring Security integration among them)
            // would throw on it: a 500 with a stack trace in the log, for an address such as "/%20/"
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "an address that is no route");
            return;
        }
        try {
            request.getParameterMap(); // Tomcat parses the query here, once
        } catch (IllegalStateException malformedQuery) {
            // Tomcat's InvalidParameterException ("?=0"): thrown from the first filter that reads a parameter,
            // and logged with a stack trace by the servlet container
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "a query that cannot be read");
            return;
        }
        if (request.getParameter("v-r") == null) { // only the query string: Vaadin's messages are no forms
            chain.doFilter(request, response);
            return;
        }
        String uiId = request.getParameter("v-uiId");
        if (uiId != null && !UI_ID.matcher(uiId).matches()) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "a UI id that is no number");
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("push".equals(request.getParameter("v-r")) && !PUSH_PATHS.contains(path)) {
            // Atmosphere answers a push request anywhere else with an exception (500) and a stack trace in the log
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "a push request outside the push address");
            return;
        }
        if (!"uidl".equals(request.getParameter("v-r")) || !"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_MESSAGE_BYTES + 1);
        if (body.length > MAX_MESSAGE_BYTES) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "a message over " + MAX_MESSAGE_BYTES + " bytes");
            return;
        }
        if (!wellFormedObject(body)) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "a message that is no JSON object");
            return;
        }
        chain.doFilter(new ReadAgain(request, body), response);
    }

    /** Whether Vaadin can read the address (decoded, within the application) as a route location at all. */
    static boolean routable(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        try {
            new Location(path.startsWith("/") ? path.substring(1) : path);
            return true;
        } catch (InvalidLocationException | IllegalArgumentException e) {
            return false; // also a decoded "?" in the path followed by a broken escape: Vaadin reads a query there
        }
    }

    /** One JSON object and nothing after it, read token by token (no tree is built). */
    static boolean wellFormedObject(byte[] body) {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (JacksonException e) {
            return false;
        }
    }

    private static void refuse(HttpServletResponse response, int status, String what) throws IOException {
        // one line, nothing of the message itself: a tampered or broken browser, not a fault of this server
        log.warn("Refused a request to Vaadin's endpoint: {}", what);
        response.sendError(status);
    }

    /** The request with its body, already read here, to be read again by Vaadin. */
    private static final class ReadAgain extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("read synchronously");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            Charset charset = StandardCharsets.UTF_8;
            try {
                if (getCharacterEncoding() != null) {
                    charset = Charset.forName(getCharacterEncoding());
                }
            } catch (IllegalArgumentException unknownCharset) {
                // what Vaadin's client sends is UTF-8
            }
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
