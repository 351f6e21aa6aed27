package id.kiosmandiri.load;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What Flow's client engine keeps for one UI (one page load), as its {@code MessageHandler} and
 * {@code MessageSender} do: the CSRF token, the push id, the last server sync id seen, the next
 * client id, and the state tree. Messages arrive from two sides, the answers to UIDL posts and the
 * push connection, and are applied strictly in {@code syncId} order: one that comes early waits
 * for the ones before it; one already seen is ignored. An answer marked {@code resynchronize}
 * replaces the whole tree.
 *
 * <p>Thread-safe: the kiosk's own thread and the push connection's listener both feed it.
 */
final class UiState {

    static final JsonMapper JSON = JsonMapper.shared();
    private static final String WRAP_PREFIX = "for(;;);";

    final int uiId;
    final int heartbeatSeconds;
    final int maxMessageSuspendMillis;
    final String pushId;
    private String csrfToken;
    private int lastSeenSyncId = -1;
    private int nextClientId;
    private final UiTree tree = new UiTree();
    private final List<JsonNode> pending = new ArrayList<>();
    private String leaveTo;
    private boolean sessionExpired;
    private String appError;
    private int resyncs;
    /** The push connection closed or failed while the page was still in use (its server node died?). */
    private boolean pushLost;

    private UiState(int uiId, String csrfToken, String pushId, int heartbeatSeconds, int maxMessageSuspendMillis) {
        this.uiId = uiId;
        this.csrfToken = csrfToken;
        this.pushId = pushId;
        this.heartbeatSeconds = heartbeatSeconds;
        this.maxMessageSuspendMillis = maxMessageSuspendMillis;
    }

    /** The UI described by the answer to {@code ?v-r=init}; its first message is applied at once. */
    static UiState fromInit(JsonNode init) {
        JsonNode config = init.path("appConfig");
        JsonNode uidl = config.path("uidl");
        UiState state = new UiState(config.path("v-uiId").asInt(), uidl.path("Vaadin-Security-Key").asString("init"),
                uidl.path("Vaadin-Push-ID").asString(null), config.path("heartbeatInterval").asInt(-1),
                config.path("maxMessageSuspendTimeout").asInt(5000));
        state.receive(uidl);
        return state;
    }

    /** Parses a UIDL answer or pushed message: plain JSON, or Flow's older {@code for(;;);[{...}]}. */
    static JsonNode parse(String text) {
        String body = text.strip();
        if (body.startsWith(WRAP_PREFIX)) {
            body = body.substring(WRAP_PREFIX.length());
        }
        JsonNode json = JSON.readTree(body);
        return json.isArray() && !json.isEmpty() ? json.get(0) : json;
    }

    /** What happened to a message handed to {@link #receive}. */
    enum Received { APPLIED, WAITING, OLD }

    synchronized Received receive(JsonNode message) {
        int syncId = message.path("syncId").asInt(-1);
        boolean resync = message.path("resynchronize").asBoolean(false);
        if (resync && syncId != -1 && syncId != lastSeenSyncId + 1) {
            // a full state: whatever was waiting before it is obsolete
            lastSeenSyncId = syncId - 1;
            pending.removeIf(m -> m.path("syncId").asInt(-1) <= syncId);
        }
        if (syncId != -1 && lastSeenSyncId != -1 && syncId != lastSeenSyncId + 1) {
            if (syncId <= lastSeenSyncId) {
                return Received.OLD;
            }
            pending.add(message);
            return Received.WAITING;
        }
        apply(message);
        applyPending();
        notifyAll();
        return Received.APPLIED;
    }

    private void applyPending() {
        pending.sort(Comparator.comparingInt(m -> m.path("syncId").asInt(-1)));
        while (!pending.isEmpty() && pending.getFirst().path("syncId").asInt() == lastSeenSyncId + 1) {
            apply(pending.removeFirst());
        }
    }

    private void apply(JsonNode message) {
        if (message.has("clientId")) {
            // the id the server expects next (FlowClient: MessageSender.setClientToServerMessageId)
            int expected = message.get("clientId").asInt();
            if (message.path("resynchronize").asBoolean(false) || expected > nextClientId) {
                nextClientId = expected;
            }
        }
        int syncId = message.path("syncId").asInt(-1);
        if (syncId != -1) {
            lastSeenSyncId = syncId;
        }
        if (message.has("Vaadin-Security-Key")) {
            csrfToken = message.get("Vaadin-Security-Key").asString();
        }
        if (message.path("resynchronize").asBoolean(false)) {
            tree.reset();
            resyncs++;
        }
        tree.apply(message.get("changes"));
        for (JsonNode command : message.path("execute")) {
            String script = command.isArray() && !command.isEmpty() ? command.get(command.size() - 1).asString("") : "";
            if (script.contains("kioskStartOver") || script.contains("window.location.href")) {
                leaveTo = command.get(0).asString(); // KioskContext.startOver: $0 is the kiosk's start URL
            } else if (script.contains("window.location.reload")) {
                leaveTo = ".";
            }
        }
        if (message.has("redirect")) {
            leaveTo = message.path("redirect").path("url").asString(".");
        }
        JsonNode meta = message.path("meta");
        if (meta.has("sessionExpired")) {
            sessionExpired = true;
        }
        if (meta.has("appError")) {
            JsonNode error = meta.get("appError");
            appError = error.path("caption").asString("") + " " + error.path("message").asString("");
        }
    }

    /** Waits until the message with {@code syncId} (and all before it) is applied. */
    synchronized boolean awaitApplied(int syncId, long timeoutMillis) throws InterruptedException {
        long end = System.nanoTime() + timeoutMillis * 1_000_000;
        while (lastSeenSyncId < syncId) {
            long left = (end - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    /** Waits until {@code elementId} is on screen, e.g. brought by a pushed message. */
    synchronized Optional<UiTree.Node> awaitVisible(String elementId, long timeoutMillis) throws InterruptedException {
        long end = System.nanoTime() + timeoutMillis * 1_000_000;
        while (true) {
            Optional<UiTree.Node> node = tree.visible(elementId);
            long left = (end - System.nanoTime()) / 1_000_000;
            if (node.isPresent() || left <= 0 || leaveTo != null || sessionExpired || appError != null) {
                return node;
            }
            wait(left);
        }
    }

    /** The push connection is gone: what it would bring will not come. */
    synchronized void pushLost() {
        pushLost = true;
        notifyAll();
    }

    synchronized boolean isPushLost() {
        return pushLost;
    }

    /**
     * Waits until {@code probe} finds something in the tree, e.g. a status attribute or a number that a
     * pushed message brings; gives up early when the page is gone or its push connection was lost.
     */
    synchronized <T> Optional<T> awaitFound(Function<UiTree, Optional<T>> probe, long timeoutMillis) throws InterruptedException {
        long end = System.nanoTime() + timeoutMillis * 1_000_000;
        while (true) {
            Optional<T> found = probe.apply(tree);
            long left = (end - System.nanoTime()) / 1_000_000;
            if (found.isPresent() || left <= 0 || leaveTo != null || sessionExpired || appError != null || pushLost) {
                return found;
            }
            wait(left);
        }
    }

    /** Drops messages that wait for one that never came: the caller resynchronises. */
    synchronized boolean dropPending() {
        boolean had = !pending.isEmpty();
        pending.clear();
        return had;
    }

    /**
     * A UIDL message to send: the given invocations, this UI's token, the last sync id seen and
     * the next client id (each message sent takes one).
     */
    synchronized ObjectNode message(ArrayNode rpc) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("csrfToken", csrfToken);
        payload.set("rpc", rpc);
        payload.put("syncId", lastSeenSyncId);
        payload.put("clientId", nextClientId++);
        return payload;
    }

    /** Asks the server for the whole UI again, as the client does after losing a message. */
    synchronized ObjectNode resynchronizeMessage() {
        ObjectNode payload = message(JSON.createArrayNode());
        payload.put("resynchronize", true);
        return payload;
    }

    /** The beacon a page sends when it goes away: no sync id nor client id. */
    synchronized ObjectNode unloadBeacon() {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("csrfToken", csrfToken);
        payload.set("rpc", JSON.createArrayNode());
        payload.put("UNLOAD", true);
        return payload;
    }

    synchronized int lastSeenSyncId() {
        return lastSeenSyncId;
    }

    synchronized Optional<UiTree.Node> visible(String elementId) {
        return tree.visible(elementId);
    }

    synchronized Optional<UiTree.Node> withAttribute(String attribute) {
        return tree.withAttribute(attribute);
    }

    synchronized String text(UiTree.Node node) {
        return tree.text(node);
    }

    /** Where the page was sent (a start-over after logout, a redirect, a reload), if anywhere. */
    synchronized Optional<String> leaveTo() {
        return Optional.ofNullable(leaveTo);
    }

    synchronized boolean sessionExpired() {
        return sessionExpired;
    }

    synchronized Optional<String> appError() {
        return Optional.ofNullable(appError);
    }

    synchronized int resyncs() {
        return resyncs;
    }

    synchronized int pollIntervalMillis() {
        return tree.pollIntervalMillis();
    }

}
