package id.kiosmandiri.staff;

import id.kiosmandiri.kiosk.Branch;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.kiosk.KioskRegistry;
import org.springframework.stereotype.Service;

import java.util.Comparator;
import java.util.List;
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

    FleetService(KioskRegistry registry) {
        this.registry = registry;
    }

    /** Every kiosk the staff member may see, by branch and id. */
    public List<FleetKiosk> kiosks(CurrentStaff staff) {
        return registry.kiosks().stream().filter(k -> staff.sees(k.branchCode())).map(this::row).sorted(ORDER).toList();
    }

    /** The kiosks of one branch, or none when the staff member may not see that branch. */
    public List<FleetKiosk> kiosksOfBranch(CurrentStaff staff, String branchCode) {
        if (!staff.sees(branchCode)) {
            return List.of();
        }
        return registry.kiosks().stream().filter(k -> k.branchCode().equals(branchCode)).map(this::row).sorted(ORDER).toList();
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

    private FleetKiosk row(KioskConfig kiosk) {
        Branch branch = registry.branchOf(kiosk);
        return new FleetKiosk(kiosk.id(), kiosk.name(), kiosk.location(), kiosk.branchCode(),
                branch == null ? kiosk.branchCode() : branch.name(), kiosk.printer().type());
    }
}
