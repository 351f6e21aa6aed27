package id.kiosmandiri.kiosk.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How money and dates are written on the kiosk: {@code Rp 1.234.567}, {@code 23 November 2026}, {@code 11-2026}. */
public final class Formats {

    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("MM-yyyy");

    private Formats() {
    }

    /** Whole rupiah with dots between thousands, whatever the language. */
    public static String rupiah(long amount) {
        String digits = Long.toString(Math.abs(amount));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return (amount < 0 ? "-Rp " : "Rp ") + grouped;
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    public static String period(LocalDate period) {
        return PERIOD.format(period);
    }

    /** Month and year in words: "November 2026". */
    public static String monthYear(LocalDate period, Locale locale) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(period);
    }

    /** Years as ranges for reading: [2000, 2001, 2002, 2011, 2021, 2022] -> "2000–2002, 2011, 2021–2022". */
    public static String yearRanges(java.util.List<Integer> years) {
        StringBuilder out = new StringBuilder();
        java.util.List<Integer> sorted = years.stream().distinct().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            int start = sorted.get(i);
            int end = start;
            while (i + 1 < sorted.size() && sorted.get(i + 1) == end + 1) {
                end = sorted.get(++i);
            }
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(start == end ? String.valueOf(start) : start + "\u2013" + end);
        }
        return out.toString();
    }

    /** Indonesia's zones as people write them after a time: WIB, WITA, WIT. */
    public static String zone(java.time.ZoneId zone) {
        return switch (zone.getId()) {
            case "Asia/Jakarta" -> "WIB";
            case "Asia/Makassar" -> "WITA";
            case "Asia/Jayapura" -> "WIT";
            default -> zone.getId();
        };
    }
}
