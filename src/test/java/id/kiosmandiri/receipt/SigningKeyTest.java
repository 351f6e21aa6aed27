package id.kiosmandiri.receipt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the key that signs receipt tokens comes from, and when there is none. */
class SigningKeyTest {

    @TempDir
    Path dir;

    private ReceiptProperties properties(String key, boolean generate) {
        return new ReceiptProperties("", key, generate, dir.resolve("keys/receipt.key"), dir.resolve("pdf"), Duration.ofSeconds(3), java.util.List.of());
    }

    @Test
    void aConfiguredKeyIsUsedAsItIs() {
        String key = "k".repeat(40);
        assertThat(new String(SigningKey.of(properties(key, true)))).isEqualTo(key);
        assertThat(dir.resolve("keys")).doesNotExist();
    }

    @Test
    void aShortKeyStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> SigningKey.of(properties("too-short", true)))
                .hasMessageContaining("kiosk.receipt.signing-key").hasMessageContaining("32");
    }

    @Test
    void withoutAKeyAndWithoutGeneratingTheStartStopsNamingTheVariable() {
        assertThatThrownBy(() -> SigningKey.of(properties("", false))).hasMessageContaining("KIOSK_RECEIPT_SIGNING_KEY");
        assertThat(dir.resolve("keys")).doesNotExist();
    }

    @Test
    void theDemoMakesAKeyOnceKeepsItPrivateAndUsesItAgain() throws Exception {
        byte[] first = SigningKey.of(properties("", true));
        Path file = dir.resolve("keys/receipt.key");
        assertThat(first.length).isGreaterThanOrEqualTo(SigningKey.MIN_LENGTH);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(SigningKey.of(properties("", true))).isEqualTo(first);
        // tokens signed before a restart still check out after it
        ReceiptTokens before = new ReceiptTokens(first);
        ReceiptTokens after = new ReceiptTokens(SigningKey.of(properties("", true)));
        String token = before.token("DEMO-01-20261124-0007", "ab".repeat(32));
        assertThat(after.genuine(token, "DEMO-01-20261124-0007", "ab".repeat(32))).isTrue();
        assertThat(new ReceiptTokens("x".repeat(40).getBytes()).genuine(token, "DEMO-01-20261124-0007", "ab".repeat(32)))
                .as("another server's key").isFalse();
    }
}
