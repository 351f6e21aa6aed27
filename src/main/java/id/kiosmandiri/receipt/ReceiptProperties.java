package id.kiosmandiri.receipt;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Receipts: where their QR codes point, how they are signed, where PDF receipts go (settings
 * {@code kiosk.receipt.*}).
 *
 * @param publicUrl      The server's address as a phone outside the branch reaches it (environment variable
 *                       KIOSK_PUBLIC_URL), e.g. https://kios.bpjsketenagakerjaan.go.id; the QR code on every receipt
 *                       opens {publicUrl}/verify/{token}. Empty: this server's local address (demo only).
 * @param signingKey     Secret key (at least 32 characters) that signs the QR tokens (environment variable
 *                       KIOSK_RECEIPT_SIGNING_KEY). Every server node needs the same key. Never in the repository.
 * @param generateKey    With no signing key set, make a random one at first start and keep it in key-file (the demo
 *                       does; the prod profile does not, and then refuses to start without a key).
 * @param keyFile        Where a generated key is kept (readable by the server's user only).
 * @param pdfDir         Folder for the receipts of kiosks whose printer type is pdf.
 * @param printerTimeout How long an ESC/POS printer may take to accept the connection and to answer a status query.
 * @param previousSigningKeys Signing keys used before the current one (environment variable
 *                       KIOSK_RECEIPT_PREVIOUS_SIGNING_KEYS, comma-separated): receipts signed with them still check
 *                       out after a rotation (docs/operations.md). Empty: none.
 */
@ConfigurationProperties("kiosk.receipt")
@Validated
public record ReceiptProperties(
        @NotNull @DefaultValue("") @Pattern(regexp = "|https?://[^\\s/?#]+(/[^\\s?#]*)?", message = "must be empty or an http(s) address without query")
        String publicUrl,
        @NotNull @DefaultValue("") @Size(min = 0, max = 512) String signingKey,
        @DefaultValue("true") boolean generateKey,
        @NotNull @DefaultValue("data/receipt-signing.key") Path keyFile,
        @NotNull @DefaultValue("data/receipts") Path pdfDir,
        @NotNull @DefaultValue("3s") Duration printerTimeout,
        @NotNull @DefaultValue("") List<String> previousSigningKeys) {
}
