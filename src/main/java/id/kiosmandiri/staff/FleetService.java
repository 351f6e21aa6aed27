package id.kiosmandiri.staff;

import id.kiosmandiri.kiosk.Branch;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.kiosk.KioskPresence;
import id.kiosmandiri.kiosk.KioskRegistry;
import id.kiosmandiri.kiosk.KioskState;
import id.kiosmandiri.kiosk.KioskStatus;
import id.kiosmandiri.kiosk.PrinterType;
import id.kiosmandiri.session.UsageAnalytics;
import org.springframework.stereotype.Service;

import java.util.Comparator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

/**
 * The kiosks a staff member may see: branch staff those of their own branch, an admin all of them.
 * The rule is applied here, whatever a screen asks for: asking for another branch's kiosks as
 * branch staff gives nothing.
 */
@Service
public class FleetService {

    private static final Comparator<FleetKiosk> ORDER =
            Comparator.comparing(FleetKiosk::branchCode).thenComparing(FleetKiosk::id);

    private final KioskRegistry registry;
    private final KioskPresence presence;
    private final UsageAnalytics usage;

    FleetService(KioskRegistry registry, KioskPresence presence, UsageAnalytics usage) {
        this.registry = registry;
        this.presence = presence;
        this.usage = usage;
    }

    /** The configuration of every kiosk the staff member may see, by branch and id: no live state read. */
    public List<KioskConfig> configured(CurrentStaff staff) {
        return registry.kiosks().stream().filter(k -> staff.sees(k.branchCode()))
                .sorted(Comparator.comparing(KioskConfig::branchCode).thenComparing(KioskConfig::id)).toList();
    }

    /** Every kiosk the staff member may see, live, offline ones first, then by branch and id. */
    public List<FleetKiosk> kiosks(CurrentStaff staff) {
        return live(registry.kiosks().stream().filter(k -> staff.sees(k.branchCode())).toList());
    }

    /** The kiosks of one branch, live, or none when the staff member may not see that branch. */
    public List<FleetKiosk> kiosksOfBranch(CurrentStaff staff, String branchCode) {
        if (!staff.sees(branchCode)) {
            return List.of();
        }
        return live(registry.kiosks().stream().filter(k -> k.branchCode().equals(branchCode)).toList());
    }

    /** Two queries for any number of kiosks: their stored presence, and today's counts from the rollups. */
    private List<FleetKiosk> live(List<KioskConfig> kiosks) {
        List<String> ids = kiosks.stream().map(KioskConfig::id).toList();
        Map<String, KioskStatus> statuses = presence.statuses(ids).stream()
                .collect(Collectors.toMap(KioskStatus::kioskId, s -> s));
        Map<String, UsageAnalytics.KioskToday> today = ids.isEmpty() ? Map.of() : usage.today(ids);
        return kiosks.stream().map(k -> row(k, statuses.get(k.id()), today.get(k.id())))
                .sorted(Comparator.comparing(FleetKiosk::offline).reversed().thenComparing(ORDER)).toList();
    }

    /** The branches the staff member may see, by code: one for branch staff, all for an admin. */
    public List<Branch> branches(CurrentStaff staff) {
        return registry.branches().stream().filter(b -> staff.sees(b.code()))
                .sorted(Comparator.comparing(Branch::code)).toList();
    }

    /** A branch by code, if the staff member may see it. */
    public Optional<Branch> branch(CurrentStaff staff, String branchCode) {
        return branches(staff).stream().filter(b -> b.code().equals(branchCode)).findFirst();
    }

    private FleetKiosk row(KioskConfig kiosk, KioskStatus status, UsageAnalytics.KioskToday today) {
        Branch branch = registry.branchOf(kiosk);
        boolean online = status != null && status.online();
        FleetKiosk.State state = !online ? FleetKiosk.State.OFFLINE : switch (status.state() == null ? KioskState.ATTRACT : status.state()) {
            case ATTRACT -> FleetKiosk.State.ATTRACT;
            case MEMBER -> FleetKiosk.State.MEMBER;
            case WARNING -> FleetKiosk.State.WARNING;
        };
        Instant lastSeen = status == null ? null : status.lastSeen();
        Instant since = !online ? lastSeen : status.stateSince();
        FleetKiosk.Printer printer = kiosk.printer().type() == PrinterType.NONE ? FleetKiosk.Printer.NONE
                : status == null || status.printerOk() == null ? FleetKiosk.Printer.UNKNOWN
                : status.printerOk() ? FleetKiosk.Printer.OK : FleetKiosk.Printer.FAILED;
        return new FleetKiosk(kiosk.id(), kiosk.name(), kiosk.location(), kiosk.branchCode(),
                branch == null ? kiosk.branchCode() : branch.name(), kiosk.printer().type(), state, lastSeen, since, printer,
                today == null ? 0 : today.sessions(), today == null ? 0 : today.failedLogins());
    }
}
