package id.kiosmandiri.member;

/**
 * A member's contact details as stored, in full; each may be {@code null} (never given). Screens
 * shorten the address themselves: the full address never shows on a kiosk.
 */
public record Contacts(String phone, String email, String address) {

    public String get(ContactField field) {
        return switch (field) {
            case PHONE -> phone;
            case EMAIL -> email;
            case ADDRESS -> address;
        };
    }

    Contacts with(ContactField field, String value) {
        return switch (field) {
            case PHONE -> new Contacts(value, email, address);
            case EMAIL -> new Contacts(phone, value, address);
            case ADDRESS -> new Contacts(phone, email, value);
        };
    }
}
