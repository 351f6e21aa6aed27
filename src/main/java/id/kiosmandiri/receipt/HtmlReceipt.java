package id.kiosmandiri.receipt;

import id.kiosmandiri.kiosk.QrCodes;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A receipt as an HTML fragment for the screen and for the browser's print dialog: the same rows as the
 * paper in a monospaced font (so the member sees what the printer prints), the QR code as an inline PNG,
 * and every text HTML-escaped (names come from members). Add {@link #css()} to the page once; printed from
 * the browser, the page is as wide as the roll and as long as the receipt.
 */
public final class HtmlReceipt {

    private static final int QR_PIXELS_PER_MODULE = 4;
    private static final double LINE_HEIGHT = 1.25;
    private static final double PRINT_PADDING_MM = 4;
    private static final double PAGE_SLACK_MM = 3;

    private final int paperWidthMm;

    /** For a roll of 80 or 58 mm. */
    public HtmlReceipt(int paperWidthMm) {
        ReceiptColumns.columnsFor(paperWidthMm);
        this.paperWidthMm = paperWidthMm;
    }

    /**
     * {@code <div class="receipt" data-paper="80">…</div>}, self-contained: no external resources, and its own
     * {@code @page} rule, since the printed page must be as long as this receipt (browsers take no
     * {@code auto} height: Chromium drops {@code size: 80mm auto} and prints on Letter).
     */
    public String fragment(ReceiptDocument document) {
        ReceiptLayout layout = ReceiptLayout.of(document, paperWidthMm);
        StringBuilder html = new StringBuilder(4096);
        html.append("<div class=\"receipt\" data-paper=\"").append(paperWidthMm)
                .append("\" style=\"--receipt-columns: ").append(layout.columns()).append("\">\n");
        html.append("<style>@page { size: ").append(paperWidthMm).append("mm ")
                .append(number(printedHeightMm(layout))).append("mm; margin: 0; }</style>\n");
        appendRows(html, layout.top(), layout.columns());
        if (layout.hasQrCode()) {
            html.append("<div class=\"receipt-qr\"><img alt=\"\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(QrCodes.png(layout.qrPayload(), QR_PIXELS_PER_MODULE)))
                    .append("\"></div>\n");
        }
        appendRows(html, layout.bottom(), layout.columns());
        return html.append("</div>\n").toString();
    }

    /** A label, a gap of two or more spaces, a value. */
    private static final Pattern PAIR = Pattern.compile("(\\S.*?\\S|\\S)( {2,})(\\S.*)");

    /**
     * The style sheet for every receipt fragment, to add to the page once: on screen a paper-like column whose
     * font size the page may set with {@code --receipt-font-size}; in print only the receipt, at the size the
     * printer prints (its columns filling the printable width).
     */
    public String css() {
        return """
                .receipt {
                  font-family: "Courier New", Courier, "Liberation Mono", monospace;
                  font-size: var(--receipt-font-size, 16px);
                  width: calc(var(--receipt-columns) * 1ch);
                  padding: 1em 1ch;
                  background: #fff;
                  color: #000;
                }
                .receipt-row { white-space: pre; line-height: %1$s; height: %1$sem; }
                .receipt-bold { font-weight: 700; }
                .receipt-title { font-weight: 700; height: %2$sem; }
                .receipt-title > span { display: inline-block; transform: scaleY(2); transform-origin: 0 0; }
                .receipt-reprint { font-weight: 700; background: #000; color: #fff; }
                .receipt-qr { margin: %1$sem 0; }
                .receipt-qr img { display: block; margin: 0 auto; width: %3$dmm; height: %3$dmm; image-rendering: pixelated; }
                @media print {
                  body * { visibility: hidden; }
                  .receipt, .receipt * { visibility: visible; }
                  .receipt {
                    position: absolute; left: 0; top: 0;
                    width: %4$dmm; padding: %5$smm %6$smm; box-sizing: content-box;
                    font-size: %7$smm;
                    -webkit-print-color-adjust: exact; print-color-adjust: exact;
                  }
                }
                """.formatted(number(LINE_HEIGHT), number(2 * LINE_HEIGHT), qrSizeMm(), printableWidthMm(), number(PRINT_PADDING_MM),
                number((paperWidthMm - printableWidthMm()) / 2.0), number(printFontSizeMm()));
    }

    /** The printed receipt's height, with room to spare so it never spills onto a second page. */
    private double printedHeightMm(ReceiptLayout layout) {
        double rowHeight = LINE_HEIGHT * printFontSizeMm();
        double rows = 0;
        for (ReceiptRow row : layout.top()) {
            rows += row.style() == ReceiptRow.Style.TITLE ? 2 : 1;
        }
        rows += layout.bottom().size();
        double qr = layout.hasQrCode() ? qrSizeMm() + 2 * rowHeight : 0;
        return 2 * PRINT_PADDING_MM + rows * rowHeight + qr + PAGE_SLACK_MM;
    }

    /** A CSS number: at most a tenth of a micrometre of rounding, no trailing zeros, a full stop for any locale. */
    private static String number(double value) {
        return new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    private int printableWidthMm() {
        return paperWidthMm == 80 ? 72 : 48;
    }

    /** Courier's glyphs are 0.6 em wide: at this size the columns fill the printable width. */
    private double printFontSizeMm() {
        return printableWidthMm() / (ReceiptColumns.columnsFor(paperWidthMm) * 0.6);
    }

    private int qrSizeMm() {
        return paperWidthMm == 80 ? 32 : 26;
    }

    /**
     * Each row as the paper prints it, in spans that let a page re-flow it (the screen's large text): a gap of
     * two or more spaces parts a label from its value (label and value texts are single-spaced), leading
     * spaces centre a row or, on a full row, right-align it, and a row of dashes is a rule. Without
     * re-flowing, the spans change nothing: the row's text is the printed row.
     */
    private static void appendRows(StringBuilder html, List<ReceiptRow> rows, int columns) {
        for (ReceiptRow row : rows) {
            String text = row.text();
            String trimmed = text.strip();
            Matcher pair = PAIR.matcher(text);
            String shape;
            if (!trimmed.isEmpty() && trimmed.chars().allMatch(c -> c == '-')) {
                shape = " receipt-rule";
            } else if (!text.startsWith(" ") && pair.matches()) {
                shape = " receipt-pair";
            } else if (text.startsWith(" ") && !trimmed.isEmpty()) {
                shape = text.length() == columns && !text.endsWith(" ") ? " receipt-right" : " receipt-centre";
            } else {
                shape = "";
            }
            html.append("<div class=\"receipt-row").append(switch (row.style()) {
                case NORMAL -> "";
                case BOLD -> " receipt-bold";
                case TITLE -> " receipt-title";
                case REPRINT -> " receipt-reprint";
            }).append(shape).append("\">");
            if (row.style() == ReceiptRow.Style.TITLE) {
                html.append("<span>").append(escape(text)).append("</span>");
            } else if (shape.equals(" receipt-pair")) {
                html.append("<span>").append(escape(pair.group(1))).append("</span>")
                        .append("<span class=\"receipt-gap\">").append(pair.group(2)).append("</span>")
                        .append("<span>").append(escape(pair.group(3))).append("</span>");
            } else if (shape.equals(" receipt-right") || shape.equals(" receipt-centre")) {
                int start = text.indexOf(trimmed);
                html.append("<span class=\"receipt-gap\">").append(text, 0, start).append("</span>")
                        .append(escape(text.substring(start)));
            } else {
                html.append(escape(text));
            }
            html.append("</div>\n");
        }
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
