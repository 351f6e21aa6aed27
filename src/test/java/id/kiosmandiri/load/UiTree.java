package id.kiosmandiri.load;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The driver's copy of one UI's state tree: what Flow's client keeps in the browser, reduced to
 * what a person sees and touches. Built from the {@code changes} of the server's messages, in the
 * order the client applies them (every {@code attach} of a message first, then the rest); a
 * {@code detach} forgets the node. Elements are found by their {@code id} attribute, and count as
 * on screen only when neither they nor an ancestor is hidden ({@code setVisible(false)}).
 *
 * <p>Feature numbers are Flow's {@code NodeFeatures} (25.2).
 */
final class UiTree {

    static final int ELEMENT_DATA = 0;       // tag, visible, payload
    static final int ELEMENT_PROPERTIES = 1;
    static final int ELEMENT_CHILDREN = 2;
    static final int ELEMENT_ATTRIBUTES = 3; // id, disabled, data-*
    static final int ELEMENT_LISTENERS = 4;  // DOM event name -> constant with the event data expressions
    static final int TEXT_NODE = 7;
    static final int POLL_CONFIGURATION = 8; // on the body: pollInterval (ms; -1 off), UI.setPollInterval
    static final int CLASS_LIST = 11;
    static final int VIRTUAL_CHILDREN = 24; // the body's child that holds the routes' content

    /** One node: only the features the driver reads. */
    static final class Node {
        final int id;
        final Map<String, JsonNode> data = new HashMap<>();
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, JsonNode> attributes = new HashMap<>();
        final Map<String, JsonNode> listeners = new HashMap<>();
        final Map<String, JsonNode> pollConfiguration = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        final List<Integer> virtualChildren = new ArrayList<>();
        final List<String> classes = new ArrayList<>();
        String text;
        Integer parent;

        Node(int id) {
            this.id = id;
        }

        String attribute(String name) {
            JsonNode value = attributes.get(name);
            return value == null || value.isNull() ? null : value.asString();
        }

        boolean hidden() {
            JsonNode visible = data.get("visible");
            return visible != null && visible.isBoolean() && !visible.asBoolean();
        }

        boolean disabled() {
            return attributes.containsKey("disabled");
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    UiTree() {
        reset();
    }

    /** Forgets everything but the root (node 1, the body): before a resynchronisation. */
    void reset() {
        nodes.clear();
        nodes.put(1, new Node(1));
    }

    /** Applies one message's {@code changes} array. */
    void apply(JsonNode changes) {
        if (changes == null || !changes.isArray()) {
            return;
        }
        for (JsonNode change : changes) {
            if ("attach".equals(change.path("type").asString(""))) {
                int id = change.path("node").asInt();
                nodes.putIfAbsent(id, new Node(id));
            }
        }
        for (JsonNode change : changes) {
            String type = change.path("type").asString("");
            Node node = nodes.get(change.path("node").asInt());
            if (node == null || "attach".equals(type)) {
                continue; // a change to a node already detached: the browser skips it too
            }
            int feature = change.path("feat").asInt(-1);
            switch (type) {
                case "put" -> put(node, feature, change);
                case "remove" -> map(node, feature).ifPresent(m -> m.remove(change.path("key").asString()));
                case "splice" -> splice(node, feature, change);
                case "clear" -> clear(node, feature);
                case "detach" -> nodes.remove(node.id);
                default -> { } // "empty": a feature that exists but has no values yet
            }
        }
    }

    private void put(Node node, int feature, JsonNode change) {
        String key = change.path("key").asString();
        JsonNode value = change.has("value") ? change.get("value") : change.get("nodeValue");
        if (feature == TEXT_NODE && "text".equals(key)) {
            node.text = value == null ? null : value.asString();
            return;
        }
        map(node, feature).ifPresent(m -> m.put(key, value));
    }

    private static Optional<Map<String, JsonNode>> map(Node node, int feature) {
        return Optional.ofNullable(switch (feature) {
            case ELEMENT_DATA -> node.data;
            case ELEMENT_PROPERTIES -> node.properties;
            case ELEMENT_ATTRIBUTES -> node.attributes;
            case ELEMENT_LISTENERS -> node.listeners;
            case POLL_CONFIGURATION -> node.pollConfiguration;
            default -> null;
        });
    }

    private void splice(Node node, int feature, JsonNode change) {
        int index = change.path("index").asInt();
        int remove = change.path("remove").asInt(0);
        List<Integer> children = childList(node, feature);
        if (children != null) {
            for (int i = 0; i < remove && index < children.size(); i++) {
                orphan(node, children.remove(index));
            }
            int at = Math.min(index, children.size());
            for (JsonNode added : change.path("addNodes")) {
                int child = added.asInt();
                children.add(at++, child);
                Node childNode = nodes.get(child);
                if (childNode != null) {
                    childNode.parent = node.id;
                }
            }
        } else if (feature == CLASS_LIST) {
            for (int i = 0; i < remove && index < node.classes.size(); i++) {
                node.classes.remove(index);
            }
            int at = Math.min(index, node.classes.size());
            for (JsonNode added : change.path("add")) {
                node.classes.add(at++, added.asString());
            }
        }
    }

    private static List<Integer> childList(Node node, int feature) {
        return switch (feature) {
            case ELEMENT_CHILDREN -> node.children;
            case VIRTUAL_CHILDREN -> node.virtualChildren;
            default -> null;
        };
    }

    private void orphan(Node parent, int child) {
        Node gone = nodes.get(child);
        if (gone != null && gone.parent != null && gone.parent == parent.id) {
            gone.parent = null;
        }
    }

    private void clear(Node node, int feature) {
        List<Integer> children = childList(node, feature);
        if (children != null) {
            children.forEach(child -> orphan(node, child));
            children.clear();
        } else if (feature == CLASS_LIST) {
            node.classes.clear();
        } else {
            map(node, feature).ifPresent(Map::clear);
        }
    }

    /** The element with this id that a person would see (the newest, should there be two). */
    Optional<Node> visible(String elementId) {
        Node found = null;
        for (Node node : nodes.values()) {
            if (elementId.equals(node.attribute("id")) && shown(node) && (found == null || node.id > found.id)) {
                found = node;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The element carrying this attribute (kiosk.js looks the activity target up the same way). */
    Optional<Node> withAttribute(String attribute) {
        return nodes.values().stream().filter(n -> n.attributes.containsKey(attribute)).findFirst();
    }

    /** The UI's poll interval in milliseconds, -1 when it does not poll (the kiosk uses push instead). */
    int pollIntervalMillis() {
        JsonNode interval = nodes.get(1).pollConfiguration.get("pollInterval");
        return interval == null || !interval.isNumber() ? -1 : interval.asInt();
    }

    /** On screen: the node and its ancestors up to the body are neither hidden nor detached. */
    boolean shown(Node node) {
        Node current = node;
        for (int depth = 0; depth < 200; depth++) {
            if (current.hidden()) {
                return false;
            }
            if (current.id == 1) {
                return true;
            }
            if (current.parent == null) {
                return false; // not (or no longer) in the page
            }
            current = nodes.get(current.parent);
            if (current == null) {
                return false;
            }
        }
        return false;
    }

    /**
     * All the text inside an element, its descendants' too, with the markup of {@code Html} components
     * (their {@code innerHTML} property, e.g. a receipt's preview) stripped of its tags.
     */
    String deepText(Node node) {
        StringBuilder sb = new StringBuilder();
        appendText(node, sb, 0);
        return sb.toString();
    }

    private void appendText(Node node, StringBuilder sb, int depth) {
        if (depth > 200) {
            return;
        }
        if (node.text != null) {
            sb.append(node.text);
        }
        JsonNode inner = node.properties.get("innerHTML");
        if (inner != null && inner.isString()) {
            sb.append(' ').append(inner.asString().replaceAll("<[^>]*>", " ")).append(' ');
        }
        for (int child : node.children) {
            Node c = nodes.get(child);
            if (c != null) {
                appendText(c, sb, depth + 1);
            }
        }
    }

    /** The text of an element's text-node children, for messages in the report. */
    String text(Node node) {
        StringBuilder sb = new StringBuilder();
        for (int child : node.children) {
            Node c = nodes.get(child);
            if (c != null && c.text != null) {
                sb.append(c.text);
            }
        }
        return sb.toString();
    }
}
