package id.kiosmandiri.receipt;

/**
 * One printed row: at most as many characters as the paper has columns, already padded where it is
 * centred or right-aligned, so every renderer only has to write it from the left margin.
 */
record ReceiptRow(String text, Style style) {

    enum Style {
        NORMAL,
        BOLD,
        /** The receipt's title: bold and twice as high. */
        TITLE,
        /** The reprint marker: bold, light on dark, across the whole width. */
        REPRINT
    }

    static ReceiptRow normal(String text) {
        return new ReceiptRow(text, Style.NORMAL);
    }

    boolean bold() {
        return style != Style.NORMAL;
    }
}
