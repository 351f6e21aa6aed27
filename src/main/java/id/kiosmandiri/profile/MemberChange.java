package id.kiosmandiri.profile;

import id.kiosmandiri.member.ContactField;

import java.time.Instant;

/**
 * One of the member's own change requests as their kiosk screen shows it: the new value as a kiosk
 * may show it ({@link ContactRules#shown}: an address shortened), the status and, when rejected,
 * staff's reason.
 */
public record MemberChange(long id, ContactField field, String shownValue, ChangeStatus status, Instant requestedAt,
                           Instant decidedAt, String rejectReason) {
}
