package id.kiosmandiri.receipt;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays receipt lines out in a fixed number of columns, as a thermal printer's standard font prints
 * them. Nothing is ever cut off: what does not fit on a row goes on to the next one, and a word longer
 * than the paper is split.
 */
final class ReceiptColumns {

    /** Font A (12 dots wide) across the 576 printable dots of 80 mm paper. */
    static final int COLUMNS_80_MM = 48;
    /** Font A across the 384 printable dots of 58 mm paper. */
    static final int COLUMNS_58_MM = 32;

    private final int width;

    ReceiptColumns(int width) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be at least 1 column, was " + width);
        }
        this.width = width;
    }

    static ReceiptColumns forPaper(int paperWidthMm) {
        return new ReceiptColumns(columnsFor(paperWidthMm));
    }

    /** Characters per row on a roll of that width: 48 on 80 mm, 32 on 58 mm; other rolls are not supported. */
    static int columnsFor(int paperWidthMm) {
        return switch (paperWidthMm) {
            case 80 -> COLUMNS_80_MM;
            case 58 -> COLUMNS_58_MM;
            default -> throw new IllegalArgumentException("paper width must be 80 or 58 mm, was " + paperWidthMm + " mm");
        };
    }

    int width() {
        return width;
    }

    List<ReceiptRow> rows(ReceiptLine line) {
        return switch (line) {
            case ReceiptLine.Heading heading -> styled(wrap(heading.text()), ReceiptRow.Style.BOLD);
            case ReceiptLine.Text text -> styled(wrap(text.text()), ReceiptRow.Style.NORMAL);
            case ReceiptLine.Pair pair -> styled(pair(pair.label(), pair.value()),
                    pair.bold() ? ReceiptRow.Style.BOLD : ReceiptRow.Style.NORMAL);
            case ReceiptLine.Separator separator -> List.of(ReceiptRow.normal("-".repeat(width)));
            case ReceiptLine.Blank blank -> List.of(ReceiptRow.normal(""));
        };
    }

    /**
     * Label left and value right on one row when both fit with a space between them; otherwise the
     * label on rows of its own and the value right-aligned under it.
     */
    List<String> pair(String label, String value) {
        String left = collapseSpaces(PrintableText.of(label));
        String right = collapseSpaces(PrintableText.of(value));
        if (right.isEmpty()) {
            return wrapParagraph(left);
        }
        if (left.length() + 1 + right.length() <= width) {
            return List.of(left + " ".repeat(width - left.length() - right.length()) + right);
        }
        List<String> rows = new ArrayList<>(left.isEmpty() ? List.of() : wrapParagraph(left));
        for (String valueRow : wrapParagraph(right)) {
            rows.add(alignRight(valueRow));
        }
        return rows;
    }

    /** Wraps at spaces; {@code \n} starts a new row; a blank text is one empty row. */
    List<String> wrap(String text) {
        List<String> rows = new ArrayList<>();
        for (String paragraph : paragraphs(text)) {
            rows.addAll(wrapParagraph(collapseSpaces(PrintableText.of(paragraph))));
        }
        return rows;
    }

    /** Wrapped and centred (leading spaces only). */
    List<String> centered(String text) {
        return wrap(text).stream().map(row -> " ".repeat((width - row.length()) / 2) + row).toList();
    }

    /** Wrapped, centred and padded with spaces to the full width, for a marker drawn as a bar. */
    List<String> centeredFullWidth(String text) {
        return centered(text).stream().map(row -> row + " ".repeat(width - row.length())).toList();
    }

    private static List<String> paragraphs(String text) {
        return List.of((text == null ? "" : text).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    /** Greedy word wrap of one paragraph of printable, single-spaced text. */
    private List<String> wrapParagraph(String paragraph) {
        List<String> rows = new ArrayList<>();
        StringBuilder row = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!row.isEmpty() && row.length() + 1 + word.length() > width) {
                rows.add(row.toString());
                row.setLength(0);
            }
            if (!row.isEmpty()) {
                row.append(' ');
            }
            // a word longer than the paper: fill rows with its pieces, the rest stays open for the next word
            while (row.length() + word.length() > width) {
                int room = width - row.length();
                row.append(word, 0, room);
                rows.add(row.toString());
                row.setLength(0);
                word = word.substring(room);
            }
            row.append(word);
        }
        if (!row.isEmpty() || rows.isEmpty()) {
            rows.add(row.toString());
        }
        return rows;
    }

    private String alignRight(String row) {
        return " ".repeat(width - row.length()) + row;
    }

    private static List<ReceiptRow> styled(List<String> rows, ReceiptRow.Style style) {
        return rows.stream().map(text -> new ReceiptRow(text, style)).toList();
    }

    private static String collapseSpaces(String text) {
        return text.strip().replaceAll(" {2,}", " ");
    }
}
