package id.kiosmandiri.kiosk;

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

/**
 * A server-side secret (the receipt signing key, the PIN pepper): from configuration, the same on every
 * server node; or, for the demo only, made once at first start and kept in a file readable by the
 * server's user alone.
 *
 * @param what    what it is, for messages ("receipt signing key")
 * @param setting its setting ({@code kiosk.receipt.signing-key})
 * @param env     the environment variable operators set ({@code KIOSK_RECEIPT_SIGNING_KEY})
 */
public record ServerSecret(String what, String setting, String env) {

    public static final int MIN_LENGTH = 32;
    private static final Logger log = LoggerFactory.getLogger(ServerSecret.class);

    /**
     * @param configured the configured value, blank when none
     * @param generate   whether a missing secret may be made and kept in {@code file} (the demo)
     */
    public byte[] resolve(String configured, boolean generate, Path file) {
        String value = configured == null ? "" : configured.strip();
        if (!value.isEmpty()) {
            if (value.length() < MIN_LENGTH) {
                throw new IllegalStateException(setting + " must be at least " + MIN_LENGTH + " characters (" + env + ")");
            }
            return value.getBytes(StandardCharsets.UTF_8);
        }
        if (!generate) {
            throw new IllegalStateException("No " + what + ": set " + env + " (" + setting + "), at least " + MIN_LENGTH
                    + " characters, the same on every server node");
        }
        return readOrCreate(file);
    }

    private byte[] readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".secret", ".tmp");
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
            log.warn("No {} was configured: generated one in {} (demo). In production set {}, the same on every server node.",
                    what, file, env);
            return key.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the " + what + " file " + file, e);
        }
    }
}
