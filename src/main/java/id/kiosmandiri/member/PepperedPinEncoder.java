package id.kiosmandiri.member;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

/**
 * A PIN's hash: HMAC-SHA256 of the PIN under the server's pepper, then BCrypt at a low cost over that.
 * A six-digit PIN has only a million values, so no slow hash keeps it from someone who holds the
 * stored hash and may compute it: the pepper does, because it is kept out of the database (a copy of the
 * database alone gives nothing to try PINs against), while BCrypt's salt and a few milliseconds of work
 * still make each member's PIN a search of its own should the pepper leak too. A guess at a kiosk is
 * limited by the lockout, not by the hash's cost. README: PIN hashing.
 */
final class PepperedPinEncoder implements PasswordEncoder {

    private final SecretKeySpec pepper;
    private final BCryptPasswordEncoder bcrypt;
    /** What this cost's hashes begin with, e.g. "$2a$05$": BCrypt's version and cost. */
    private final String prefix;

    PepperedPinEncoder(byte[] pepper, int cost) {
        this.pepper = new SecretKeySpec(Arrays.copyOf(pepper, pepper.length), "HmacSHA256");
        this.bcrypt = new BCryptPasswordEncoder(cost);
        this.prefix = bcrypt.encode("").substring(0, 7);
    }

    @Override
    public String encode(CharSequence pin) {
        return bcrypt.encode(keyed(pin));
    }

    @Override
    public boolean matches(CharSequence pin, String encoded) {
        return bcrypt.matches(keyed(pin), encoded);
    }

    /** A hash made at another cost is made again at this one, at the member's next right PIN. */
    @Override
    public boolean upgradeEncoding(String encoded) {
        return encoded != null && !encoded.startsWith(prefix);
    }

    /** 44 characters of Base64: within the 72 bytes BCrypt reads. */
    private String keyed(CharSequence pin) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(pepper);
            return Base64.getEncoder().encodeToString(mac.doFinal(pin.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
