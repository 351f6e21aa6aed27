package id.kiosmandiri.receipt;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The token in a receipt's QR code: its number and an HMAC-SHA256 over number and content hash,
 * e.g. {@code DEMO-01-20261124-0007.q3J...}. Only the server's key can make one; a changed,
 * shortened or made-up token does not check out.
 */
final class ReceiptTokens {

    /** 16 bytes of the MAC (128 bits) keep the QR code small and still cannot be guessed. */
    private static final int MAC_BYTES = 16;
    private static final Pattern SHAPE = Pattern.compile("([A-Z0-9-]{1,48})\\.([A-Za-z0-9_-]{22})");

    private final SecretKeySpec key;
    /** Keys used before a rotation: receipts printed with them still check out; new tokens use {@link #key}. */
    private final List<SecretKeySpec> previousKeys;

    ReceiptTokens(byte[] key) {
        this(key, List.of());
    }

    ReceiptTokens(byte[] key, List<byte[]> previousKeys) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
        this.previousKeys = previousKeys.stream().map(k -> new SecretKeySpec(k, "HmacSHA256")).toList();
    }

    String token(String number, String contentHash) {
        return token(key, number, contentHash);
    }

    private static String token(SecretKeySpec key, String number, String contentHash) {
        return number + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, number, contentHash));
    }

    /** The receipt number a token names, if the token has the right shape (not yet whether it is genuine). */
    static Optional<String> numberOf(String token) {
        if (token == null) {
            return Optional.empty();
        }
        var m = SHAPE.matcher(token);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Made with the current key, or with one of the keys before it. */
    boolean genuine(String token, String number, String contentHash) {
        if (token == null) {
            return false;
        }
        boolean genuine = matches(token, key, number, contentHash);
        for (SecretKeySpec previous : previousKeys) {
            genuine |= matches(token, previous, number, contentHash); // every key tried: the time tells nothing
        }
        return genuine;
    }

    private static boolean matches(String token, SecretKeySpec key, String number, String contentHash) {
        // compare the text, not the decoded bytes: the last Base64 letter has spare bits, and a
        // token with another letter there must not pass as the same one
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                token(key, number, contentHash).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] mac(SecretKeySpec key, String number, String contentHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] full = mac.doFinal((number + "\n" + contentHash).getBytes(StandardCharsets.UTF_8));
            byte[] shortened = new byte[MAC_BYTES];
            System.arraycopy(full, 0, shortened, 0, MAC_BYTES);
            return shortened;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
