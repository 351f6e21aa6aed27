package id.kiosmandiri.kiosk;

/**
 * Published when a screen refused input that is no NIK, KPJ, card or PIN at all (a card read of
 * letters, say). Carries no value: only where it happened, for the usage records.
 */
public record InvalidInput(String kioskId, String where) {
}
