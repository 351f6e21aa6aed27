package id.kiosmandiri.kiosk;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * QR code images: the receipts' (PDF and HTML; the printer draws its own from the same payload) and
 * the digital membership card's. One encoder for all, so every code on screen and paper is made alike.
 */
public final class QrCodes {

    /** The quiet zone that scanners need around the code, in modules (the QR standard asks for 4). */
    private static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /** Black on white, {@code pixelsPerModule} pixels for each module, quiet zone included. */
    public static BufferedImage image(String payload, int pixelsPerModule) {
        return MatrixToImageWriter.toBufferedImage(matrix(payload, pixelsPerModule));
    }

    public static byte[] png(String payload, int pixelsPerModule) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            MatrixToImageWriter.writeToStream(matrix(payload, pixelsPerModule), "PNG", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static BitMatrix matrix(String payload, int pixelsPerModule) {
        Map<EncodeHintType, Object> hints = Map.of(
                // M, as on the printer (escpos-coffee's default level)
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.MARGIN, QUIET_ZONE);
        try {
            // asked for size 1: zxing makes the smallest image, one pixel a module; then scaled exactly
            BitMatrix modules = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 1, 1, hints);
            return scaled(modules, pixelsPerModule);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code for " + payload, e);
        }
    }

    private static BitMatrix scaled(BitMatrix modules, int factor) {
        BitMatrix scaled = new BitMatrix(modules.getWidth() * factor, modules.getHeight() * factor);
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y)) {
                    scaled.setRegion(x * factor, y * factor, factor, factor);
                }
            }
        }
        return scaled;
    }
}
