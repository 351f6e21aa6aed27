package id.kiosmandiri.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A page's push connection, opened as Flow's client opens it through Atmosphere 4 (transport
 * {@code websocket}, message length tracking, Atmosphere's protocol handshake), with the page's
 * cookies and client address. Messages the server pushes go into the page's {@link UiState} in
 * {@code syncId} order, like the answers to the page's own requests.
 */
final class PushConnection implements WebSocket.Listener {

    private final UiState ui;
    private final Measurements measurements;
    private final Trace trace;
    private final AtmosphereFrames frames = new AtmosphereFrames();
    private final StringBuilder partial = new StringBuilder();
    private volatile WebSocket socket;
    private volatile boolean closing;
    private volatile String trackingId;
    /** The server said the session is over: it closes the socket next. */
    private volatile boolean sessionEnded;

    private PushConnection(UiState ui, Measurements measurements, Trace trace) {
        this.ui = ui;
        this.measurements = measurements;
        this.trace = trace;
    }

    /** Starts connecting; the page goes on meanwhile, as in the browser. {@code connected} hears the outcome (null: open). */
    static PushConnection open(HttpClient http, URI base, UiState ui, String cookies, String forwardedFor,
                               Measurements measurements, Trace trace, Duration timeout, Consumer<Throwable> connected) {
        PushConnection push = new PushConnection(ui, measurements, trace);
        URI uri = URI.create(base.toString().replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=" + ui.uiId
                + "&v-pushId=" + URLEncoder.encode(ui.pushId, StandardCharsets.UTF_8)
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true"
                + "&X-Vaadin-LastSeenServerSyncId=" + ui.lastSeenSyncId());
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(timeout).header("Origin", base.toString());
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies);
        }
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        trace.line("WS  " + uri);
        builder.buildAsync(uri, push).whenComplete((socket, failure) -> {
            connected.accept(failure); // null when connected
            if (failure != null) {
                push.ui.pushLost(); // what this page waits for by push will not come
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                measurements.error("push connect failed", cause instanceof WebSocketHandshakeException refused
                        ? "refused with HTTP " + refused.getResponse().statusCode() : cause.toString());
            } else {
                measurements.pushConnections.increment();
            }
        });
        return push;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        if (closing) {
            close(); // the page went away while connecting
            return;
        }
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            try {
                for (String message : frames.add(text)) {
                    received(message);
                }
            } catch (RuntimeException e) {
                measurements.error("push message unreadable", e.toString());
            }
        }
        webSocket.request(1);
        return null;
    }

    private void received(String message) {
        if (trackingId == null && AtmosphereFrames.isHandshake(message)) {
            trackingId = message.substring(0, message.indexOf('|'));
            return;
        }
        if (!message.startsWith("{") && !message.startsWith("for(;;);") && !message.startsWith("[")) {
            return; // Atmosphere's heartbeat padding
        }
        measurements.pushedMessages.increment();
        trace.line("PUSH " + message);
        var json = UiState.parse(message);
        if (json.path("meta").has("sessionExpired")) {
            sessionEnded = true; // known before the message's turn comes (it may wait for an earlier answer)
        }
        ui.receive(json);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        // logout ends the session: the server then closes the socket, expectedly
        if (!closing && !sessionEnded && !ui.sessionExpired() && ui.leaveTo().isEmpty()) {
            measurements.pushClosedUnexpectedly.increment();
            ui.pushLost();
            trace.line("WS closed by the server: " + statusCode + " " + reason);
        }
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        if (!closing && !sessionEnded && !ui.sessionExpired()) {
            measurements.error("push connection error", error.toString());
            ui.pushLost();
        }
    }

    /** Atmosphere's tracking id from the handshake; null until it came. */
    String trackingId() {
        return trackingId;
    }

    /** The page is going away: whatever the server does to the socket now is expected. */
    void leaving() {
        closing = true;
    }

    /** Closes the socket, as the browser does when the page goes away. */
    void close() {
        closing = true;
        WebSocket s = socket;
        if (s != null && !s.isOutputClosed()) {
            s.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
            // a server that does not answer the close within seconds: drop the connection
            CompletableFuture.delayedExecutor(5, TimeUnit.SECONDS).execute(s::abort);
        }
    }
}
