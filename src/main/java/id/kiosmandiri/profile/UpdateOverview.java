package id.kiosmandiri.profile;

import id.kiosmandiri.member.ContactField;
import id.kiosmandiri.member.Contacts;

import java.util.List;

/**
 * What the member's update screen shows, from one call: the contact details as a kiosk may show
 * them (the address shortened, never in full), the pending requests and the recent outcomes.
 */
public record UpdateOverview(Contacts shown, List<MemberChange> changes) {

    public String shown(ContactField field) {
        return shown.get(field);
    }
}
