package id.kiosmandiri.staff;

import id.kiosmandiri.member.ContactField;
import id.kiosmandiri.profile.DecisionRefused;
import id.kiosmandiri.profile.PendingChange;
import id.kiosmandiri.profile.ProfileChangeService;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Members' contact changes as staff decide them: branch staff see and decide only the requests made
 * at their branch's kiosks, an admin all of them. Asking for another branch's request is refused
 * and audited (ACCESS_DENIED); every decision is audited (CHANGE_APPROVED / CHANGE_REJECTED) with
 * the request id, field and branch, never the values. Not transactional itself: the decision is one
 * transaction in the profile module, and the audit row is written on its own after it.
 */
@Service
public class ContactApprovals {

    private final ProfileChangeService changes;
    private final StaffAuditLog audit;

    ContactApprovals(ProfileChangeService changes, StaffAuditLog audit) {
        this.changes = changes;
        this.audit = audit;
    }

    /** The pending requests the staff member may decide, oldest first. */
    public List<PendingChange> pending(CurrentStaff actor) {
        if (actor.admin()) {
            return changes.pending(null);
        }
        return actor.branchCode() == null ? List.of() : changes.pending(actor.branchCode());
    }

    public void approve(CurrentStaff actor, long requestId) {
        String branch = branchFor(actor, requestId);
        ContactField field = decide(requestId, () -> changes.approve(requestId, actor.username()));
        audit.record(actor, StaffAction.CHANGE_APPROVED, detail(requestId, field, branch), branch);
    }

    /** @param reason what the member will read on the kiosk: 3 to 200 characters */
    public void reject(CurrentStaff actor, long requestId, String reason) {
        String branch = branchFor(actor, requestId);
        ContactField field = decide(requestId, () -> changes.reject(requestId, actor.username(), reason));
        audit.record(actor, StaffAction.CHANGE_REJECTED, detail(requestId, field, branch), branch);
    }

    private String branchFor(CurrentStaff actor, long requestId) {
        String branch;
        try {
            branch = changes.branchOf(requestId);
        } catch (DecisionRefused e) {
            throw refusal(e);
        }
        if (!actor.sees(branch)) {
            audit.record(actor, StaffAction.ACCESS_DENIED, "change " + requestId, actor.branchCode());
            // the same words as for a request that does not exist: another branch's requests are not there for this person
            throw new ApprovalRefusal("staff.approvals.error.not-found");
        }
        return branch;
    }

    private static ContactField decide(long requestId, Supplier<ContactField> decision) {
        try {
            return decision.get();
        } catch (DecisionRefused e) {
            throw refusal(e);
        }
    }

    private static ApprovalRefusal refusal(DecisionRefused e) {
        return new ApprovalRefusal("staff.approvals.error." + e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private static String detail(long requestId, ContactField field, String branch) {
        return "change " + requestId + " " + field + " " + branch;
    }
}
