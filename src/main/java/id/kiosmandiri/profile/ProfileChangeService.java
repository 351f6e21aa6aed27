package id.kiosmandiri.profile;

import id.kiosmandiri.kiosk.KioskRegistry;
import id.kiosmandiri.member.ContactField;
import id.kiosmandiri.member.Contacts;
import id.kiosmandiri.member.MemberIdentity;
import id.kiosmandiri.member.MemberService;
import id.kiosmandiri.session.UsageOccurred;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Personal-data change requests: a member asks at a kiosk (after confirming with the PIN, which the
 * screen checks), staff of the kiosk's branch approve or reject. An approval applies the new value
 * to the member in the same transaction as the decision. A new request for a field that already
 * has a pending one supersedes it (the member's latest word counts; staff never approve a value the
 * member has since replaced). Nothing personal is logged: ids, fields and statuses only.
 */
@Service
@Transactional(readOnly = true)
public class ProfileChangeService {

    private static final Logger log = LoggerFactory.getLogger(ProfileChangeService.class);
    /** The usage event of a request made ({@code profile-change:<FIELD>}), never a value. */
    static final String USAGE_EVENT = "profile-change";
    /** Outcomes shown to the member: decided within this time, at most {@link #OUTCOMES_SHOWN}. */
    static final Duration OUTCOMES_FOR = Duration.ofDays(30);
    static final int OUTCOMES_SHOWN = 5;
    /** A staff page lists at most this many pending requests, oldest first (a branch has a handful a day). */
    public static final int PENDING_LISTED = 200;
    public static final int REASON_MIN = 3;
    public static final int REASON_MAX = 200;

    private final ChangeRequestRepository requests;
    private final MemberService members;
    private final KioskRegistry kiosks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProfileChangeService(ChangeRequestRepository requests, MemberService members, KioskRegistry kiosks,
                         ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.members = members;
        this.kiosks = kiosks;
        this.events = events;
        this.clock = clock;
    }

    /** The member's update screen: current details as a kiosk may show them, pending requests, recent outcomes. */
    public UpdateOverview overview(long memberId) {
        Contacts contacts = members.contacts(memberId);
        Contacts shown = new Contacts(contacts.phone(), contacts.email(), ContactRules.shortAddress(contacts.address()));
        List<MemberChange> changes = new ArrayList<>();
        requests.findByMemberIdAndStatusOrderByRequestedAtDesc(memberId, ChangeStatus.PENDING).forEach(r -> changes.add(shown(r)));
        requests.findDecided(memberId, List.of(ChangeStatus.APPROVED, ChangeStatus.REJECTED), now().minus(OUTCOMES_FOR),
                Limit.of(OUTCOMES_SHOWN)).forEach(r -> changes.add(shown(r)));
        return new UpdateOverview(shown, changes);
    }

    private static MemberChange shown(ChangeRequest r) {
        return new MemberChange(r.getId(), r.getField(), ContactRules.shown(r.getField(), r.getNewValue()), r.getStatus(),
                r.getRequestedAt(), r.getDecidedAt(), r.getRejectReason());
    }

    /** Checks a new value against the rules and the member's current one, storing nothing. */
    public ContactRules.Outcome check(long memberId, ContactField field, String input) {
        return ContactRules.check(field, input, members.contacts(memberId).get(field));
    }

    /**
     * Stores the member's request (PENDING) for staff of the kiosk's branch, superseding a pending
     * one for the same field, and records its use (no values). The caller has had the member confirm
     * with their PIN.
     *
     * @return the request's id
     * @throws ContactRefused when the value breaks the rules or equals the current one: nothing stored
     */
    @Transactional
    public long request(long memberId, String kioskId, Long kioskSessionId, ContactField field, String input) {
        String current = members.contacts(memberId).get(field);
        ContactRules.Outcome outcome = ContactRules.check(field, input, current);
        if (outcome instanceof ContactRules.Outcome.Refused(String messageKey)) {
            throw new ContactRefused(messageKey);
        }
        String value = ((ContactRules.Outcome.Valid) outcome).value();
        Instant now = now();
        for (ChangeRequest older : requests.findForUpdate(memberId, field, ChangeStatus.PENDING)) {
            older.supersede(now);
            log.info("Change request {} ({}) superseded by a newer one of the same member", older.getId(), field);
        }
        String branch = kiosks.findOrDefault(kioskId).branchCode();
        ChangeRequest saved = requests.save(new ChangeRequest(memberId, field, current, value, kioskId, branch, now));
        events.publishEvent(new UsageOccurred(kioskId, kioskSessionId, USAGE_EVENT, field.name()));
        log.info("Change request {} ({}) made at kiosk {} for branch {}", saved.getId(), field, kioskId, branch);
        return saved.getId();
    }

    /** Pending requests, oldest first, of one branch or, with {@code null}, of all branches. */
    public List<PendingChange> pending(String branchCode) {
        List<ChangeRequest> found = branchCode == null
                ? requests.findByStatusOrderByRequestedAtAscIdAsc(ChangeStatus.PENDING, Limit.of(PENDING_LISTED))
                : requests.findByStatusAndBranchCodeOrderByRequestedAtAscIdAsc(ChangeStatus.PENDING, branchCode, Limit.of(PENDING_LISTED));
        Map<Long, MemberIdentity> who = members.identities(found.stream().map(ChangeRequest::getMemberId).distinct().toList());
        return found.stream().map(r -> {
            MemberIdentity member = who.get(r.getMemberId());
            return new PendingChange(r.getId(), r.getKioskId(), r.getBranchCode(), r.getRequestedAt(), r.getMemberId(),
                    member == null ? "" : member.fullName(), member == null ? "" : member.maskedKpj(), r.getField(),
                    r.getOldValue(), r.getNewValue());
        }).toList();
    }

    /** The branch whose staff decide a request, so the staff side can check who may act on it. */
    public String branchOf(long requestId) {
        return requests.findById(requestId).map(ChangeRequest::getBranchCode)
                .orElseThrow(() -> new DecisionRefused(DecisionRefused.Reason.NOT_FOUND, requestId));
    }

    /**
     * Approves a pending request: the new value goes to the member and the request becomes APPROVED,
     * in one transaction. Refused, changing nothing, when the request was decided before or the
     * member's value is no longer the one the request was made against.
     */
    @Transactional
    public ContactField approve(long requestId, String staffUsername) {
        ChangeRequest request = pendingForDecision(requestId);
        if (!members.changeContact(request.getMemberId(), request.getField(), request.getOldValue(), request.getNewValue())) {
            throw new DecisionRefused(DecisionRefused.Reason.CONFLICT, requestId);
        }
        request.approve(staffUsername, now());
        log.info("Change request {} ({}) approved", requestId, request.getField());
        return request.getField();
    }

    /** Rejects a pending request with a reason the member will read (3–200 characters); the member's data stay as they are. */
    @Transactional
    public ContactField reject(long requestId, String staffUsername, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < REASON_MIN || why.length() > REASON_MAX || ContactRules.hasControlCharacter(why)) {
            throw new DecisionRefused(DecisionRefused.Reason.INVALID_REASON, requestId);
        }
        ChangeRequest request = pendingForDecision(requestId);
        request.reject(staffUsername, now(), why);
        log.info("Change request {} ({}) rejected", requestId, request.getField());
        return request.getField();
    }

    private ChangeRequest pendingForDecision(long requestId) {
        ChangeRequest request = requests.findForUpdate(requestId)
                .orElseThrow(() -> new DecisionRefused(DecisionRefused.Reason.NOT_FOUND, requestId));
        if (request.getStatus() != ChangeStatus.PENDING) {
            throw new DecisionRefused(DecisionRefused.Reason.ALREADY_DECIDED, requestId);
        }
        return request;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
