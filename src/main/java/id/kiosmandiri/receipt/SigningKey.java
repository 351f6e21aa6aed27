package id.kiosmandiri.receipt;

import java.nio.charset.StandardCharsets;
import java.util.List;
import id.kiosmandiri.kiosk.ServerSecret;

/** The secret that signs receipt tokens: from configuration, or made once and kept in a file (demo). */
final class SigningKey {

    static final int MIN_LENGTH = ServerSecret.MIN_LENGTH;
    private static final ServerSecret SECRET =
            new ServerSecret("receipt signing key", "kiosk.receipt.signing-key", "KIOSK_RECEIPT_SIGNING_KEY");

    private SigningKey() {
    }

    static byte[] of(ReceiptProperties properties) {
        return SECRET.resolve(properties.signingKey(), properties.generateKey(), properties.keyFile());
    }

    /**
     * The keys in use before the last rotations (docs/operations.md): receipts signed with them still check
     * out. Each at least {@value #MIN_LENGTH} characters, as the current one.
     */
    static List<byte[]> previous(ReceiptProperties properties) {
        return properties.previousSigningKeys().stream()
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .map(k -> {
                    if (k.length() < MIN_LENGTH) {
                        throw new IllegalStateException("kiosk.receipt.previous-signing-keys: each key has at least "
                                + MIN_LENGTH + " characters (KIOSK_RECEIPT_PREVIOUS_SIGNING_KEYS, comma-separated)");
                    }
                    return k.getBytes(StandardCharsets.UTF_8);
                })
                .toList();
    }
}
