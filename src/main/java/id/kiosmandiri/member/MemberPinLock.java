package id.kiosmandiri.member;

import java.time.Instant;
import java.util.List;

/**
 * What branch staff see of a member at the counter to unlock their PIN: the name, NIK and KPJs
 * masked (the e-KTP in the staff member's hand shows the rest), the branch and the PIN's lock.
 *
 * @param lockedUntil null when the member is not locked now (never, or the lock has run out)
 */
public record MemberPinLock(long memberId, String fullName, String maskedNik, List<String> maskedKpjs, String branchCode,
                            int failedPinCount, Instant lockedUntil) {

    public MemberPinLock {
        maskedKpjs = List.copyOf(maskedKpjs);
    }

    public boolean locked() {
        return lockedUntil != null;
    }
}
