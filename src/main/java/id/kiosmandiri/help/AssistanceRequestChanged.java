package id.kiosmandiri.help;

/**
 * An assistance request was made, cancelled, taken or closed: open staff help pages and the kiosk's
 * queue screen show it. Published inside the transaction; listen after commit. No personal data.
 */
public record AssistanceRequestChanged(long requestId, String kioskId, String branchCode, AssistanceStatus status) {
}
