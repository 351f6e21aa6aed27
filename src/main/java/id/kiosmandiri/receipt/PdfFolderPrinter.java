package id.kiosmandiri.receipt;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * "Prints" a receipt as a PDF file in a folder, for archiving and for kiosks without paper. The file
 * is written under a temporary name and then renamed, so a half-written PDF never has the receipt's name.
 */
final class PdfFolderPrinter {

    private final Path folder;
    private final PdfReceiptWriter writer;

    PdfFolderPrinter(Path folder, int paperWidthMm) {
        this.folder = folder;
        this.writer = new PdfReceiptWriter(paperWidthMm);
    }

    PrintOutcome print(ReceiptDocument document, String fileName) {
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, ".receipt", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.write(document, out);
            }
            Files.move(temp, folder.resolve(fileName), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new PrintOutcome(PrintOutcome.Status.PRINTED, false, false, "");
        } catch (IOException | RuntimeException e) {
            return new PrintOutcome(PrintOutcome.Status.SEND_FAILED, false, false, e.toString());
        }
    }
}
