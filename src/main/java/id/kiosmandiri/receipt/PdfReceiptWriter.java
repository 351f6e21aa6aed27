package id.kiosmandiri.receipt;

import id.kiosmandiri.kiosk.QrCodes;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A receipt as a PDF: one page as wide as the roll and as long as the receipt (nothing is cut off),
 * the rows of the column layout in Courier, sized so the columns fill the printable width as on the
 * printer, and the QR code as an image.
 */
final class PdfReceiptWriter {

    private static final float POINTS_PER_MM = 72f / 25.4f;
    /** Courier's advance width as a fraction of the font size, the same for every glyph. */
    private static final float COURIER_ADVANCE = 0.6f;
    private static final float LINE_HEIGHT = 1.25f;
    private static final float MARGIN_TOP_MM = 4;
    private static final float MARGIN_BOTTOM_MM = 6;
    private static final int QR_PIXELS_PER_MODULE = 4;

    private static final PDType1Font COURIER = new PDType1Font(Standard14Fonts.FontName.COURIER);
    private static final PDType1Font COURIER_BOLD = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);

    private final int paperWidthMm;
    private final float pageWidth;
    private final float fontSize;
    private final float marginLeft;
    private final float lineHeight;
    private final float qrSize;

    PdfReceiptWriter(int paperWidthMm) {
        int columns = ReceiptColumns.columnsFor(paperWidthMm);
        this.paperWidthMm = paperWidthMm;
        // the printer's printable width: 72 mm of an 80 mm roll, 48 mm of a 58 mm roll
        float printableWidth = (paperWidthMm == 80 ? 72 : 48) * POINTS_PER_MM;
        this.pageWidth = paperWidthMm * POINTS_PER_MM;
        this.fontSize = printableWidth / (columns * COURIER_ADVANCE);
        this.marginLeft = (pageWidth - printableWidth) / 2;
        this.lineHeight = fontSize * LINE_HEIGHT;
        this.qrSize = (paperWidthMm == 80 ? 32 : 26) * POINTS_PER_MM;
    }

    byte[] bytes(ReceiptDocument document) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            write(document, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    void write(ReceiptDocument document, OutputStream out) throws IOException {
        ReceiptLayout layout = ReceiptLayout.of(document, paperWidthMm);
        float contentHeight = height(layout.top()) + (layout.hasQrCode() ? qrSize + 2 * lineHeight : 0) + height(layout.bottom());
        float pageHeight = (MARGIN_TOP_MM + MARGIN_BOTTOM_MM) * POINTS_PER_MM + contentHeight;
        try (PDDocument pdf = new PDDocument()) {
            pdf.getDocumentInformation().setTitle(PrintableText.of(document.title()));
            PDPage page = new PDPage(new PDRectangle(pageWidth, pageHeight));
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                float top = pageHeight - MARGIN_TOP_MM * POINTS_PER_MM; // PDF y runs upwards
                top = drawRows(content, layout.top(), top);
                if (layout.hasQrCode()) {
                    top -= lineHeight;
                    PDImageXObject qr = LosslessFactory.createFromImage(pdf, QrCodes.image(layout.qrPayload(), QR_PIXELS_PER_MODULE));
                    qr.setInterpolate(false); // keep module edges sharp when scaled
                    content.drawImage(qr, (pageWidth - qrSize) / 2, top - qrSize, qrSize, qrSize);
                    top -= qrSize + lineHeight;
                }
                drawRows(content, layout.bottom(), top);
            }
            pdf.save(out);
        }
    }

    /** Draws rows downwards from {@code top}; returns the new top. */
    private float drawRows(PDPageContentStream content, List<ReceiptRow> rows, float top) throws IOException {
        for (ReceiptRow row : rows) {
            float rowHeight = heightOf(row);
            // room under the baseline for descenders (Courier's reach about 0.16 of the font size)
            float baseline = top - rowHeight + 0.3f * fontSize * scaleY(row);
            if (row.style() == ReceiptRow.Style.REPRINT) {
                content.setNonStrokingColor(Color.BLACK);
                content.addRect(marginLeft, top - rowHeight, row.text().length() * fontSize * COURIER_ADVANCE, rowHeight);
                content.fill();
                content.setNonStrokingColor(Color.WHITE);
            }
            if (!row.text().isBlank()) {
                content.beginText();
                content.setFont(row.bold() ? COURIER_BOLD : COURIER, fontSize);
                // the title is twice as high but no wider, like the printer's double-height mode
                content.setTextMatrix(new Matrix(1, 0, 0, scaleY(row), marginLeft, baseline));
                content.showText(row.text());
                content.endText();
            }
            content.setNonStrokingColor(Color.BLACK);
            top -= rowHeight;
        }
        return top;
    }

    private float height(List<ReceiptRow> rows) {
        float height = 0;
        for (ReceiptRow row : rows) {
            height += heightOf(row);
        }
        return height;
    }

    private float heightOf(ReceiptRow row) {
        return lineHeight * scaleY(row);
    }

    private static float scaleY(ReceiptRow row) {
        return row.style() == ReceiptRow.Style.TITLE ? 2 : 1;
    }
}
