package id.kiosmandiri.staff;

import id.kiosmandiri.kiosk.PrinterType;

/** A kiosk as the staff fleet page lists it, from the kiosk configuration (no live state yet). */
public record FleetKiosk(String id, String name, String location, String branchCode, String branchName,
                         PrinterType printer) {
}
