package id.kiosmandiri.staff;

import id.kiosmandiri.kiosk.PrinterType;

import java.time.Instant;

/**
 * A kiosk as the staff fleet page shows it: its configuration and what it reports now. Never which
 * member uses it.
 *
 * @param lastSeen          when its browser last talked to the server, {@code null} when never
 * @param stateSince        when it entered its state (for {@link State#OFFLINE}: when it was last seen)
 * @param sessionsToday     member sessions started today, the branch's local day
 * @param failedLoginsToday logins that failed today (wrong number or PIN, locked)
 */
public record FleetKiosk(String id, String name, String location, String branchCode, String branchName,
                         PrinterType printerType, State state, Instant lastSeen, Instant stateSince, Printer printer,
                         long sessionsToday, long failedLoginsToday) {

    /** What the kiosk shows now; {@code data-state} on the fleet row is its lower-case name. */
    public enum State { ATTRACT, MEMBER, WARNING, OFFLINE }

    /** Its printer: no printer configured, no print yet, or the outcome of the last print. */
    public enum Printer { NONE, UNKNOWN, OK, FAILED }

    public boolean offline() {
        return state == State.OFFLINE;
    }
}
