package id.kiosmandiri.load;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One kiosk's browser as the server sees it: its cookies, its client address, the page it shows
 * (a {@link UiState} per page load) with its push connection, and the requests Flow's client
 * sends: the bootstrap page, {@code ?v-r=init}, UIDL posts (one at a time, each waiting for its
 * answer), heartbeats, the unload beacon. kiosk.js's input report ({@code kiosk-activity} on the
 * element marked {@code data-activity-target}, at most every 2 s) rides along with a touch, as in
 * the browser, where the pointerdown that reports it comes just before the click.
 *
 * <p>Each request's time, from sending it to having its whole answer, goes to {@link Measurements}
 * under the step's name. What stops a journey throws {@link JourneyFailure}.
 */
final class KioskBrowser {

    static final String ERROR_SCREEN_ID = "error-screen";     // session.ui.KioskErrorView
    static final String NOT_READY_ID = "kiosk-preparing";     // kiosk.ui.AttractView while the server is not ready
    private static final long ACTIVITY_REPORT_EVERY_MS = 2000; // kiosk.js: REPORT_EVERY_MS
    /** What Chromium's click listener sends for a Flow ClickEvent (its event data expressions). */
    private static final String CLICK_DATA = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":%d,\"event.clientY\":%d,\"event.altKey\":false,\"event.button\":0,"
            + "\"event.screenY\":%d,\"event.screenX\":%d}";

    private final HttpClient http;
    private final LoadOptions options;
    private final String kioskId;
    private final String address;
    private final Measurements measurements;
    private final Trace trace;
    private final RequestLog requestLog;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final String windowName = "v-" + ThreadLocalRandom.current().nextDouble();
    private UiState ui;
    private PushConnection push;
    private long lastActivityReport = Long.MIN_VALUE / 2;
    private long nextHeartbeat = Long.MAX_VALUE;
    /** A UI with a poll interval (none in this app since push; older versions polled each second). */
    private int pollInterval = -1;
    private long nextPoll = Long.MAX_VALUE;
    private int resyncsCounted;

    KioskBrowser(HttpClient http, LoadOptions options, int kiosk, Measurements measurements, Trace trace) {
        this(http, options, kiosk, measurements, trace, RequestLog.OFF);
    }

    KioskBrowser(HttpClient http, LoadOptions options, int kiosk, Measurements measurements, Trace trace, RequestLog requestLog) {
        this.http = http;
        this.requestLog = requestLog;
        this.options = options;
        this.kioskId = options.kioskId(kiosk);
        this.address = options.forwardedFor() ? LoadOptions.clientAddress(kiosk) : null;
        this.measurements = measurements;
        this.trace = trace;
    }

    String kioskId() {
        return kioskId;
    }

    /**
     * Loads the kiosk's start page as the browser does: the bootstrap page, the init JSON (the UI, its
     * CSRF token, its push id), the push connection, then the {@code ui-navigate} that renders the route.
     */
    void openPage(String pageStep) {
        String query = "kiosk=" + kioskId;
        get(pageStep, "/?" + query);
        long now = System.currentTimeMillis();
        String init = "/?v-r=init&location=&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                // a portrait touch kiosk in Jakarta, as its Chromium would describe itself
                + "&v-sh=1920&v-sw=1080&v-wh=1920&v-ww=1080&v-bh=1920&v-bw=1080&v-curdate=" + now
                + "&v-tzo=-420&v-dstd=0&v-rtzo=-420&v-dston=false&v-tzid=Asia%2FJakarta&v-wn=" + windowName
                + "&v-td=true&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN"
                + "&v-so=portrait-primary&v-soa=0&v-tn=lumo&v-ga=GRANTED&v-wla=SUPPORTED&v-ws=false";
        ui = UiState.fromInit(UiState.JSON.readTree(get("init", init)));
        resyncsCounted = ui.resyncs();
        pollInterval = -1;
        nextPoll = Long.MAX_VALUE;
        // -Dload.push=false: no push connection (measures what the connections themselves cost the server)
        if (ui.pushId != null && Boolean.parseBoolean(System.getProperty("load.push", "true"))) {
            long pushStart = System.currentTimeMillis();
            String node = node();
            push = PushConnection.open(http, options.url(), ui, cookieHeader(), address, measurements, trace,
                    Duration.ofSeconds(options.timeoutSeconds()), failure -> requestLog.request(pushStart,
                            System.currentTimeMillis(), kioskId, "push-connect", failure == null ? RequestLog.OK
                                    : RequestLog.failure("push connect failed"), node));
        }
        nextHeartbeat = ui.heartbeatSeconds > 0 ? System.nanoTime() + ui.heartbeatSeconds * 1_000_000_000L : Long.MAX_VALUE;
        ArrayNode rpc = UiState.JSON.createArrayNode();
        ObjectNode navigate = rpc.addObject();
        navigate.put("type", "event").put("node", 1).put("event", "ui-navigate");
        navigate.putObject("data").put("route", "/").put("query", query).put("appShellTitle", "")
                .put("trigger", "").putObject("historyState").put("idx", 0);
        post("navigate", rpc);
    }

    /** A finger on the element with this id: kiosk.js's input report when due, and the click. */
    void touch(String elementId, String step) {
        if (pageGone()) {
            throw new JourneyFailure(ui.sessionExpired() ? "session expired" : "page gone", elementId + " on " + kioskId);
        }
        UiTree.Node target = awaitVisible(elementId);
        if (target.disabled()) {
            throw new JourneyFailure("element disabled", elementId + " on " + kioskId);
        }
        ArrayNode rpc = UiState.JSON.createArrayNode();
        activityReport(rpc);
        ObjectNode click = rpc.addObject();
        click.put("type", "event").put("node", target.id).put("event", "click");
        int x = 100 + ThreadLocalRandom.current().nextInt(800);
        int y = 300 + ThreadLocalRandom.current().nextInt(1200);
        click.set("data", UiState.JSON.readTree(CLICK_DATA.formatted(x, y, y + 153, x + 10)));
        post(step, rpc);
    }

    /** A touch on an empty part of the screen: only kiosk.js's report (when due), as while holding. */
    void touchNothing(String step) {
        ArrayNode rpc = UiState.JSON.createArrayNode();
        activityReport(rpc);
        if (!rpc.isEmpty()) {
            post(step, rpc);
        }
    }

    private void activityReport(ArrayNode rpc) {
        long now = System.nanoTime() / 1_000_000;
        if (now - lastActivityReport < ACTIVITY_REPORT_EVERY_MS) {
            return;
        }
        Optional<UiTree.Node> target = ui.withAttribute("data-activity-target");
        if (target.isPresent()) {
            lastActivityReport = now;
            rpc.addObject().put("type", "event").put("node", target.get().id).put("event", "kiosk-activity");
        }
    }

    /** Waits for an element that the last answer or a pushed message should bring. */
    UiTree.Node awaitVisible(String elementId) {
        try {
            Optional<UiTree.Node> node = ui.awaitVisible(elementId, options.waitMillis());
            checkPage();
            // e.g. a click whose listener failed on the server: Flow logs it and the screen stays as it was
            return node.orElseThrow(() -> new JourneyFailure("element not found: " + elementId, kioskId));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JourneyFailure("interrupted", kioskId);
        }
    }

    /**
     * Waits until the element's text (its descendants' and an {@code Html} component's too) has a match
     * of {@code pattern}, e.g. a receipt number that the preview shows once the receipt is stored.
     */
    String awaitText(String elementId, Pattern pattern, long timeoutMillis) {
        try {
            Optional<String> found = ui.awaitFound(tree -> tree.visible(elementId).map(tree::deepText)
                    .map(pattern::matcher).filter(Matcher::find).map(Matcher::group), timeoutMillis);
            checkPage();
            return found.orElseThrow(() -> new JourneyFailure("text not found: " + elementId, kioskId + ": "
                    + visibleText(elementId).orElse("(not on screen)")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JourneyFailure("interrupted", kioskId);
        }
    }

    /** Waits until the element's attribute has one of {@code values} (a status a pushed message sets); answers it. */
    String awaitAttribute(String elementId, String attribute, Set<String> values, long timeoutMillis) {
        try {
            Optional<String> found = ui.awaitFound(tree -> tree.visible(elementId).map(n -> n.attribute(attribute))
                    .filter(values::contains), timeoutMillis);
            checkPage();
            if (found.isEmpty() && ui.isPushLost()) {
                // what was waited for comes by push: a kiosk whose server node died would wait for nothing
                throw new JourneyFailure("push connection lost", elementId + " on " + kioskId);
            }
            return found.orElseThrow(() -> new JourneyFailure("no " + attribute + " " + values + " on " + elementId, kioskId
                    + ": " + ui.visible(elementId).map(n -> n.attribute(attribute)).orElse("(not on screen)")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JourneyFailure("interrupted", kioskId);
        }
    }

    /** The first of these elements on screen, waiting for one to come; what a touch may lead to. */
    String awaitOneOf(long timeoutMillis, String... elementIds) {
        try {
            Optional<String> found = ui.awaitFound(tree -> Arrays.stream(elementIds)
                    .filter(id -> tree.visible(id).isPresent()).findFirst(), timeoutMillis);
            checkPage();
            return found.orElseThrow(() -> new JourneyFailure("none of " + String.join(", ", elementIds), kioskId));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JourneyFailure("interrupted", kioskId);
        }
    }

    boolean isVisible(String elementId) {
        return ui.visible(elementId).isPresent();
    }

    Optional<String> visibleText(String elementId) {
        return ui.visible(elementId).map(ui::text);
    }

    Optional<UiTree.Node> visible(String elementId) {
        return ui.visible(elementId);
    }

    /** Where the last answer sent the page (after logout: the kiosk's start page), if anywhere. */
    Optional<String> leaveTo() {
        return ui.leaveTo();
    }

    /** A UIDL post: the invocations with token, sync id and client id; the answer is applied in order. */
    private void post(String step, ArrayNode rpc) {
        ObjectNode message = ui.message(rpc);
        Exchange answer = exchange(step, "/?v-r=uidl&v-uiId=" + ui.uiId, message.toString(), "application/json; charset=UTF-8");
        try {
            receiveAnswer(step, answer.body());
            checkPage();
        } catch (JourneyFailure failure) {
            // answered, but with what stops the member: an ended session, an error screen
            answer.log(RequestLog.failure(failure.kind));
            throw failure;
        }
        answer.log(RequestLog.OK);
    }

    private void receiveAnswer(String step, String answer) {
        JsonNode json;
        try {
            json = UiState.parse(answer);
        } catch (RuntimeException e) {
            throw new JourneyFailure("answer unreadable", step + ": " + answer.substring(0, Math.min(120, answer.length())));
        }
        if (ui.receive(json) == UiState.Received.WAITING) {
            // an answer ahead of a pushed message still on its way: Flow's client waits for it, then resyncs
            try {
                if (!ui.awaitApplied(json.path("syncId").asInt(), ui.maxMessageSuspendMillis)) {
                    ui.dropPending();
                    measurements.error("resync (a pushed message never came)", kioskId + " after " + step);
                    String full = send("resynchronize", "/?v-r=uidl&v-uiId=" + ui.uiId, ui.resynchronizeMessage().toString(),
                            "application/json; charset=UTF-8");
                    ui.receive(UiState.parse(full));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new JourneyFailure("interrupted", kioskId);
            }
        }
    }

    /**
     * What a person would notice on the screen now: an error screen, an expired session. An answer
     * that sends the page elsewhere (logout: Flow marks the session expired and kiosk.js goes to the
     * start page) is no failure here: the caller follows it.
     */
    private void checkPage() {
        if (ui.resyncs() > resyncsCounted) {
            measurements.error("resync (answered by the server)", kioskId);
            resyncsCounted = ui.resyncs();
        pollInterval = -1;
        nextPoll = Long.MAX_VALUE;
        }
        if (ui.leaveTo().isPresent()) {
            return;
        }
        if (ui.sessionExpired()) {
            throw new JourneyFailure("session expired", kioskId);
        }
        Optional<String> appError = ui.appError();
        if (appError.isPresent()) {
            throw new JourneyFailure("Vaadin error (appError)", appError.get());
        }
        if (ui.visible(ERROR_SCREEN_ID).isPresent()) {
            throw new JourneyFailure("error screen shown", kioskId);
        }
        if (ui.visible(NOT_READY_ID).isPresent()) {
            throw new JourneyFailure("kiosk not ready", kioskId);
        }
    }

    /** The page cannot be used any more: it was sent elsewhere, or its session or UI is gone. */
    boolean pageGone() {
        return ui == null || ui.leaveTo().isPresent() || ui.sessionExpired() || ui.appError().isPresent();
    }

    /** The kiosk's start page, where kiosk.js goes after logout or when the session is gone. */
    String startUrl() {
        return ui != null && ui.leaveTo().isPresent() ? ui.leaveTo().get() : "./?kiosk=" + kioskId;
    }

    /** Waits as a person does, sending the page's heartbeats (and polls, should the UI poll) when due. */
    void pause(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        try {
            while (true) {
                followPollInterval();
                long now = System.nanoTime();
                if (now >= nextHeartbeat) {
                    heartbeat();
                    continue;
                }
                if (now >= nextPoll) {
                    nextPoll += pollInterval * 1_000_000L;
                    post("poll", pollEvent());
                    continue;
                }
                long until = Math.min(end, Math.min(nextHeartbeat, nextPoll));
                if (until <= now) {
                    return;
                }
                Thread.sleep(Duration.ofNanos(until - now));
                if (until == end) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JourneyFailure("interrupted", kioskId);
        }
    }

    /** Flow's Poller: a repeating timer, started again whenever the server sets another interval. */
    private void followPollInterval() {
        int interval = ui.pollIntervalMillis();
        if (interval != pollInterval) {
            pollInterval = interval;
            nextPoll = interval > 0 ? System.nanoTime() + interval * 1_000_000L : Long.MAX_VALUE;
        }
    }

    private static ArrayNode pollEvent() {
        ArrayNode rpc = UiState.JSON.createArrayNode();
        rpc.addObject().put("type", "event").put("node", 1).put("event", "ui-poll");
        return rpc;
    }

    private void heartbeat() {
        nextHeartbeat = System.nanoTime() + ui.heartbeatSeconds * 1_000_000_000L;
        try {
            send("heartbeat", "/?v-r=heartbeat&v-uiId=" + ui.uiId, null, null);
        } catch (JourneyFailure e) {
            // a lost heartbeat does not stop the member; the report counts it
        }
    }

    /**
     * The page goes away (after logout, or the kiosk is switched off): Flow's unload beacon, then
     * Atmosphere's close of the push connection, as Chromium sends them on pagehide.
     */
    void leavePage() {
        if (ui == null) {
            return;
        }
        nextHeartbeat = Long.MAX_VALUE;
        nextPoll = Long.MAX_VALUE;
        pollInterval = -1;
        if (push != null) {
            push.leaving(); // the beacon closes the UI, and the server then its push connection
        }
        try {
            send("unload", "/?v-r=uidl&v-uiId=" + ui.uiId, ui.unloadBeacon().toString(), "text/plain;charset=UTF-8");
        } catch (JourneyFailure e) {
            // counted; nothing waits for a beacon's answer
        }
        if (push != null) {
            String tracking = push.trackingId();
            if (tracking != null) {
                try {
                    send("push-close", "/VAADIN/push?v-r=push&v-uiId=" + ui.uiId + "&v-pushId=" + ui.pushId
                            + "&X-Atmosphere-Transport=close&X-Atmosphere-tracking-id=" + tracking
                            + "&X-Vaadin-LastSeenServerSyncId=" + ui.lastSeenSyncId(), "", "text/plain;charset=UTF-8");
                } catch (JourneyFailure e) {
                    // counted
                }
            }
            push.close();
            push = null;
        }
    }

    /** kiosk.js's kioskStartOver: asks for the start page until it answers, then goes there. */
    void startOver(String url) {
        leavePage();
        get("start-over", pathOf(url));
        openPage("page");
    }

    /** A URL the page was sent to, relative to the server: "./?kiosk=X", "/x", ".", or absolute. */
    private String pathOf(String url) {
        URI uri = URI.create(options.url() + "/").resolve(url);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private String get(String step, String pathAndQuery) {
        return send(step, pathAndQuery, null, null);
    }

    /** One HTTP request, logged ({@code --request-log}) as ok when it was answered with 200. */
    private String send(String step, String pathAndQuery, String body, String contentType) {
        Exchange answer = exchange(step, pathAndQuery, body, contentType);
        answer.log(RequestLog.OK);
        return answer.body();
    }

    /** An answered request, whose line in the request log its caller writes once it knows the outcome. */
    private record Exchange(String body, long startMillis, long endMillis, String node, String step, String kioskId, RequestLog log) {
        void log(String outcome) {
            log.request(startMillis, endMillis, kioskId, step, outcome, node);
        }
    }

    /** The value of HAProxy's sticky cookie the kiosk holds now, or null. */
    synchronized String node() {
        return cookies.get(RequestLog.NODE_COOKIE);
    }

    /**
     * One HTTP request with the kiosk's cookies and address; the answer's cookies are kept. A request
     * that failed (no answer, not 200) is logged here; an answered one by the caller.
     */
    private Exchange exchange(String step, String pathAndQuery, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(options.url() + pathAndQuery))
                .timeout(Duration.ofSeconds(options.timeoutSeconds()));
        if (body != null) {
            request.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).header("Content-Type", contentType);
        } else if (step.equals("heartbeat")) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.GET();
        }
        String cookieHeader = cookieHeader();
        if (!cookieHeader.isEmpty()) {
            request.header("Cookie", cookieHeader);
        }
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        trace.line("->  " + step + " " + pathAndQuery + (body == null ? "" : " " + body));
        String node = node();
        long startMillis = System.currentTimeMillis();
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            measurements.request(step, start, System.nanoTime());
            requestLog.request(startMillis, System.currentTimeMillis(), kioskId, step, RequestLog.failure("timeout"), node);
            throw new JourneyFailure("timeout", step + " after " + options.timeoutSeconds() + " s");
        } catch (IOException e) {
            measurements.request(step, start, System.nanoTime());
            requestLog.request(startMillis, System.currentTimeMillis(), kioskId, step, RequestLog.failure("connection failed"), node);
            throw new JourneyFailure("connection failed", step + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JourneyFailure("interrupted", kioskId);
        }
        long end = System.nanoTime();
        long endMillis = startMillis + (end - start) / 1_000_000;
        measurements.request(step, start, end);
        keepCookies(response.headers().allValues("set-cookie"));
        trace.line("<-  " + response.statusCode() + " " + (end - start) / 1_000_000 + " ms " + response.body());
        if (response.statusCode() != 200) {
            JourneyFailure failure = new JourneyFailure("HTTP " + response.statusCode(), step + " on " + kioskId);
            requestLog.request(startMillis, endMillis, kioskId, step, RequestLog.failure(failure.kind), node);
            if (step.equals("unload") || step.equals("push-close") || step.equals("heartbeat")) {
                measurements.error(failure.kind + " (" + step + ")", failure.getMessage());
            }
            throw failure;
        }
        return new Exchange(response.body(), startMillis, endMillis, node, step, kioskId, requestLog);
    }

    private synchronized void keepCookies(List<String> setCookies) {
        for (String setCookie : setCookies) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String name = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                boolean expired = setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
                if (expired || value.isEmpty()) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
        }
    }

    private synchronized String cookieHeader() {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }
}
