package id.kiosmandiri.kiosk;

/** A branch office, from {@code kiosk-config/branches.yml}. */
public record Branch(String code, String name, String city) {
}
