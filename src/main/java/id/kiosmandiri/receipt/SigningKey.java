package id.kiosmandiri.receipt;

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
}
