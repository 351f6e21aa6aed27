package id.kiosmandiri.receipt;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A receipt document as stored JSON (so a reprint prints what was issued) and the SHA-256 of that
 * JSON, which the QR token signs.
 */
final class ReceiptDocumentCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReceiptDocumentCodec() {
    }

    static String json(ReceiptDocument d) {
        ObjectNode root = JSON.createObjectNode();
        root.put("title", d.title());
        ArrayNode lines = root.putArray("lines");
        for (ReceiptLine line : d.lines()) {
            ObjectNode n = lines.addObject();
            switch (line) {
                case ReceiptLine.Heading h -> n.put("h", h.text());
                case ReceiptLine.Text t -> n.put("t", t.text());
                case ReceiptLine.Pair p -> n.put("l", p.label()).put("v", p.value()).put("b", p.bold());
                case ReceiptLine.Separator s -> n.put("sep", true);
                case ReceiptLine.Blank b -> n.put("blank", true);
            }
        }
        if (d.qrPayload() != null) {
            root.put("qr", d.qrPayload());
        }
        if (d.footer() != null) {
            root.put("footer", d.footer());
        }
        return JSON.writeValueAsString(root);
    }

    static ReceiptDocument document(String json) {
        JsonNode root = JSON.readTree(json);
        List<ReceiptLine> lines = new ArrayList<>();
        for (JsonNode n : root.get("lines")) {
            if (n.has("h")) {
                lines.add(new ReceiptLine.Heading(n.get("h").asString()));
            } else if (n.has("t")) {
                lines.add(new ReceiptLine.Text(n.get("t").asString()));
            } else if (n.has("l")) {
                lines.add(new ReceiptLine.Pair(n.get("l").asString(), n.get("v").asString(), n.get("b").asBoolean()));
            } else if (n.has("sep")) {
                lines.add(new ReceiptLine.Separator());
            } else {
                lines.add(new ReceiptLine.Blank());
            }
        }
        return new ReceiptDocument(root.get("title").asString(), lines,
                root.has("qr") ? root.get("qr").asString() : null,
                root.has("footer") ? root.get("footer").asString() : null);
    }

    static String sha256(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
