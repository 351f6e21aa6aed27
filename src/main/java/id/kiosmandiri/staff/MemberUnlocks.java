package id.kiosmandiri.staff;

import id.kiosmandiri.member.Identifiers;
import id.kiosmandiri.member.MemberAuthService;
import id.kiosmandiri.member.MemberPinLock;
import id.kiosmandiri.member.MemberService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * Staff unlock a member's PIN at the counter: find the member by NIK or KPJ, see whether and until
 * when the PIN is locked, lift the lock. Both the look-up (personal data seen by staff) and the
 * unlock are audited, with the number masked and the member id only.
 *
 * <p>Who may: an admin, and branch staff of any branch, for a member of any branch. The member
 * stands at the counter and shows their e-KTP, which the staff member checks against the name and
 * the last digits shown; a member locked out on a trip must not be sent back to their home branch.
 * So there is no branch isolation here, unlike the kiosk pages: the audit row carries the member's
 * branch, so their home branch can see who unlocked them.
 */
@Service
public class MemberUnlocks {

    static final String BAD_NUMBER = "staff.members.error.number";

    private final MemberService members;
    private final MemberAuthService auth;
    private final StaffAuditLog audit;

    MemberUnlocks(MemberService members, MemberAuthService auth, StaffAuditLog audit) {
        this.members = members;
        this.auth = auth;
        this.audit = audit;
    }

    /**
     * The member with this NIK (16 digits) or KPJ (11 digits); empty when there is none.
     *
     * @throws MemberLookupRefusal for anything else (nothing looked up)
     */
    public Optional<MemberPinLock> lookup(CurrentStaff actor, String nikOrKpj) {
        requireStaff(actor);
        String number = nikOrKpj == null ? "" : nikOrKpj.strip().replace(" ", "");
        if (!Identifiers.asciiDigits(number)
                || (number.length() != Identifiers.NIK_LENGTH && number.length() != Identifiers.KPJ_LENGTH)) {
            throw new MemberLookupRefusal(BAD_NUMBER);
        }
        Optional<MemberPinLock> found = members.pinLock(number);
        String kind = number.length() == Identifiers.NIK_LENGTH ? "NIK" : "KPJ";
        audit.record(actor, StaffAction.MEMBER_LOOKUP, kind + " " + Identifiers.mask(number, '*')
                + found.map(m -> " member " + m.memberId()).orElse(" not found"), found.map(MemberPinLock::branchCode).orElse(null));
        return found;
    }

    /** Lifts the member's PIN lock and starts their count of wrong PINs again; the member as it is now. */
    public MemberPinLock unlock(CurrentStaff actor, MemberPinLock member) {
        requireStaff(actor);
        if (!auth.unlock(member.memberId())) {
            throw new MemberLookupRefusal("staff.members.error.not-found");
        }
        audit.record(actor, StaffAction.MEMBER_UNLOCKED, "NIK " + member.maskedNik().replace('•', '*') + " member " + member.memberId(),
                member.branchCode());
        return new MemberPinLock(member.memberId(), member.fullName(), member.maskedNik(), member.maskedKpjs(), member.branchCode(),
                0, null);
    }

    private static void requireStaff(CurrentStaff actor) {
        if (actor == null) {
            throw new AccessDeniedException("no staff member is signed in");
        }
    }
}
