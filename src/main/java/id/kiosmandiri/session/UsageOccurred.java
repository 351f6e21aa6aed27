package id.kiosmandiri.session;

/**
 * A feature module says a member used it (a receipt printed, a help request raised), for the staff
 * dashboard. {@code type} and {@code detail} name what happened, never who: no personal data.
 */
public record UsageOccurred(String kioskId, Long kioskSessionId, String type, String detail) {
}
