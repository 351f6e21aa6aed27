package id.kiosmandiri.receipt;

import java.util.Objects;

/**
 * One line of a receipt's body. Text is already in the member's language; every renderer shows the
 * same lines in the same columns.
 */
public sealed interface ReceiptLine {

    /** A section title, printed bold. */
    record Heading(String text) implements ReceiptLine {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Running text, wrapped at spaces; a line break ({@code \n}) starts a new row. */
    record Text(String text) implements ReceiptLine {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A label on the left and its value on the right, such as an amount "Rp 12.345.678". */
    record Pair(String label, String value, boolean bold) implements ReceiptLine {
        public Pair {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }

        public Pair(String label, String value) {
            this(label, value, false);
        }
    }

    /** A row of dashes across the paper. */
    record Separator() implements ReceiptLine {
    }

    /** An empty row. */
    record Blank() implements ReceiptLine {
    }
}
