package id.kiosmandiri.receipt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** The secret that signs receipt tokens: from configuration, or made once and kept in a file (demo). */
final class SigningKey {

    static final int MIN_LENGTH = 32;
    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

    private SigningKey() {
    }

    static byte[] of(ReceiptProperties properties) {
        String configured = properties.signingKey().strip();
        if (!configured.isEmpty()) {
            if (configured.length() < MIN_LENGTH) {
                throw new IllegalStateException("kiosk.receipt.signing-key must be at least " + MIN_LENGTH
                        + " characters (KIOSK_RECEIPT_SIGNING_KEY)");
            }
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        if (!properties.generateKey()) {
            throw new IllegalStateException("No receipt signing key: set KIOSK_RECEIPT_SIGNING_KEY (kiosk.receipt.signing-key),"
                    + " at least " + MIN_LENGTH + " characters, the same on every server node");
        }
        return readOrCreate(properties.keyFile());
    }

    private static byte[] readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".receipt-key", ".tmp");
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's rights apply
            }
            Files.writeString(temp, key);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                Files.deleteIfExists(temp);
                return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
            }
            log.warn("No receipt signing key was configured: generated one in {} (demo). In production set "
                    + "KIOSK_RECEIPT_SIGNING_KEY, the same on every server node.", file);
            return key.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the receipt signing key file " + file, e);
        }
    }
}
