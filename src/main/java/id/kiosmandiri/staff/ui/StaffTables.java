package id.kiosmandiri.staff.ui;

import com.vaadin.flow.dom.Element;

/** Plain HTML tables of the staff pages (a table per page, rows rebuilt on refresh). */
final class StaffTables {

    private StaffTables() {
    }

    /** Appends a cell with {@code text} (none for {@code null}) to {@code row} and returns it. */
    static Element cell(Element row, String text) {
        Element cell = new Element("td").setText(text == null ? "" : text);
        row.appendChild(cell);
        return cell;
    }
}
