package id.kiosmandiri.kiosk;

/**
 * A kiosk changed state, came back online or printed, on this server node: open fleet pages on
 * this node update at once; other nodes see it at their next refresh.
 */
public record KioskPresenceChanged(String kioskId) {
}
