package id.kiosmandiri.staff;

import id.kiosmandiri.help.AssistanceStatus;
import id.kiosmandiri.help.HelpRequest;
import id.kiosmandiri.help.HelpService;
import id.kiosmandiri.kiosk.Branch;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.kiosk.KioskRegistry;
import id.kiosmandiri.member.MemberService;
import id.kiosmandiri.member.MemberSummary;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The staff side of "Panggil petugas": the open requests of the branches a staff member sees, and
 * taking and closing them. Branch staff act only on their own branch's requests (an admin on all);
 * anything else is refused and audited as {@link StaffAction#ACCESS_DENIED}. Takes and closes are
 * audited with branch, queue number and topic, never who asked.
 */
@Service
public class HelpDesk {

    /**
     * A row of the help queue.
     *
     * @param memberFirstName the member's first name, or {@code null} when nobody was logged in
     * @param memberMaskedKpj the member's KPJ masked but for its last digits, or {@code null}
     */
    public record OpenRequest(HelpRequest request, String kioskName, String memberFirstName, String memberMaskedKpj) {
    }

    private final HelpService help;
    private final KioskRegistry registry;
    private final MemberService members;
    private final StaffAuditLog audit;
    private final StaffAccountService accounts;

    HelpDesk(HelpService help, KioskRegistry registry, MemberService members, StaffAuditLog audit, StaffAccountService accounts) {
        this.help = help;
        this.registry = registry;
        this.members = members;
        this.audit = audit;
        this.accounts = accounts;
    }

    /** The branch codes whose queue this staff member sees: their own, or all for an admin. */
    public List<String> branches(CurrentStaff staff) {
        return registry.branches().stream().map(Branch::code).filter(staff::sees).sorted().toList();
    }

    /** The waiting and taken requests of the branches the staff member sees, oldest first. */
    public List<OpenRequest> queue(CurrentStaff staff) {
        return help.open(branches(staff)).stream().map(this::row).toList();
    }

    private OpenRequest row(HelpRequest r) {
        String kioskName = registry.find(r.kioskId()).map(KioskConfig::name).orElse(r.kioskId());
        if (r.memberId() == null) {
            return new OpenRequest(r, kioskName, null, null);
        }
        try {
            MemberSummary member = members.summary(r.memberId());
            return new OpenRequest(r, kioskName, member.firstName(), member.maskedKpj());
        } catch (NoSuchElementException gone) {
            return new OpenRequest(r, kioskName, null, null);
        }
    }

    /**
     * "I'm going": the request becomes the staff member's.
     *
     * @throws HelpRequestRefusal when it is gone, not the staff member's branch, or no longer waiting
     */
    public HelpRequest take(CurrentStaff staff, long requestId) {
        HelpRequest request = allowed(staff, requestId, "take");
        if (request.status() == AssistanceStatus.WAITING) {
            Optional<HelpRequest> taken = help.take(requestId, staff.username());
            if (taken.isPresent()) {
                audit.record(staff, StaffAction.HELP_TAKEN, detail(taken.get()), taken.get().branchCode());
                return taken.get();
            }
            request = help.find(requestId).orElseThrow(); // someone was quicker
        }
        throw refusal(request);
    }

    /**
     * Done: the member has been helped.
     *
     * @throws HelpRequestRefusal when it is gone, not the staff member's branch, or not taken
     */
    public HelpRequest close(CurrentStaff staff, long requestId) {
        HelpRequest request = allowed(staff, requestId, "close");
        if (request.status() == AssistanceStatus.TAKEN) {
            Optional<HelpRequest> closed = help.close(requestId);
            if (closed.isPresent()) {
                audit.record(staff, StaffAction.HELP_CLOSED, detail(closed.get()), closed.get().branchCode());
                return closed.get();
            }
            request = help.find(requestId).orElseThrow();
        }
        if (request.status() == AssistanceStatus.WAITING) {
            throw new HelpRequestRefusal("staff.help.error.not-taken", null);
        }
        throw refusal(request);
    }

    private HelpRequest allowed(CurrentStaff staff, long requestId, String what) {
        Optional<HelpRequest> request = help.find(requestId);
        if (request.isEmpty()) {
            throw new HelpRequestRefusal("staff.help.error.gone", null);
        }
        if (!staff.sees(request.get().branchCode()) || !accounts.stillValid(staff)) {
            audit.record(staff, StaffAction.ACCESS_DENIED, "help " + what + " " + request.get().branchCode() + " #"
                    + request.get().queueNumber(), staff.branchCode());
            throw new HelpRequestRefusal("staff.help.error.denied", null);
        }
        return request.get();
    }

    private static HelpRequestRefusal refusal(HelpRequest request) {
        return switch (request.status()) {
            case TAKEN -> new HelpRequestRefusal("staff.help.error.taken", request.takenBy());
            case CANCELLED -> new HelpRequestRefusal("staff.help.error.cancelled", null);
            case CLOSED -> new HelpRequestRefusal("staff.help.error.closed", null);
            case WAITING -> new HelpRequestRefusal("staff.help.error.not-taken", null);
        };
    }

    /** What the audit says: branch, queue number and topic; never the member. */
    private static String detail(HelpRequest request) {
        return request.branchCode() + " #" + request.queueNumber() + " " + request.topic().id();
    }
}
