package id.kiosmandiri.receipt;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rotating the receipt signing key (docs/operations.md): the new key signs every new receipt, and a
 * receipt printed before still checks out while its key is listed as a previous one; once that key is
 * dropped, its receipts no longer do. A forged token checks out under no key.
 */
class SigningKeyRotationTest {

    private static final String OLD = "old-signing-key-0123456789abcdefghijklmnop";
    private static final String NEW = "new-signing-key-0123456789abcdefghijklmnop";
    private static final String NUMBER = "DEMO-01-20261124-0007";
    private static final String CONTENT = "3f1c0a";

    private static byte[] bytes(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aReceiptSignedBeforeTheRotationStillChecksOutWhileItsKeyIsListed() {
        String printedLastYear = new ReceiptTokens(bytes(OLD)).token(NUMBER, CONTENT);
        ReceiptTokens afterRotation = new ReceiptTokens(bytes(NEW), List.of(bytes(OLD)));

        assertThat(afterRotation.genuine(printedLastYear, NUMBER, CONTENT)).isTrue();
        assertThat(afterRotation.token(NUMBER, CONTENT)).as("new tokens use the new key").isNotEqualTo(printedLastYear)
                .isEqualTo(new ReceiptTokens(bytes(NEW)).token(NUMBER, CONTENT));
        assertThat(afterRotation.genuine(afterRotation.token(NUMBER, CONTENT), NUMBER, CONTENT)).isTrue();
        assertThat(afterRotation.genuine(printedLastYear, NUMBER, "changed")).as("another content").isFalse();

        ReceiptTokens oldKeyDropped = new ReceiptTokens(bytes(NEW));
        assertThat(oldKeyDropped.genuine(printedLastYear, NUMBER, CONTENT)).isFalse();
        String forged = new ReceiptTokens(bytes("someone-elses-key-0123456789abcdefghijkl")).token(NUMBER, CONTENT);
        assertThat(afterRotation.genuine(forged, NUMBER, CONTENT)).isFalse();
    }

    private static ReceiptProperties withPrevious(List<String> previous) {
        return new ReceiptProperties("", NEW, false, Path.of("unused.key"), Path.of("pdf"), Duration.ofSeconds(3), previous);
    }

    @Test
    void previousKeysComeFromTheSettingBlanksIgnoredAndShortOnesRefused() {
        assertThat(SigningKey.previous(withPrevious(List.of(" " + OLD + " ", "")))).singleElement()
                .isEqualTo(bytes(OLD));
        assertThat(SigningKey.previous(withPrevious(List.of()))).isEmpty();
        assertThatThrownBy(() -> SigningKey.previous(withPrevious(List.of("short"))))
                .hasMessageContaining("at least 32 characters").hasMessageNotContaining("short");
    }
}
