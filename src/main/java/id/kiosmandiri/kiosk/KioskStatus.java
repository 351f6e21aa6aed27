package id.kiosmandiri.kiosk;

import java.time.Instant;

/**
 * A kiosk's live state as stored by {@link KioskPresence}.
 *
 * @param state         what it showed at its last change; {@code null} when it never reported
 * @param lastSeen      when its browser last talked to a server node; {@code null} when never
 * @param online        seen within {@link KioskPresence#offlineAfter()}
 * @param printerOk     the outcome of its last print: {@code true} printed, {@code false} failed,
 *                      {@code null} no print yet
 */
public record KioskStatus(String kioskId, KioskState state, Instant stateSince, Instant lastSeen, boolean online,
                          Boolean printerOk, Instant printerAt) {
}
