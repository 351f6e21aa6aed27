package id.kiosmandiri.staff;

import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.kiosk.KioskDevices;
import id.kiosmandiri.kiosk.KioskRegistry;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Branch staff enrol their branch's kiosks and revoke them (an admin: any branch's). The branch rule is
 * applied here, whatever a page asks for; every code made and every revocation is in the staff audit,
 * and a refusal too.
 */
@Service
public class KioskEnrolments {

    private final KioskDevices devices;
    private final KioskRegistry registry;
    private final StaffAuditLog audit;

    KioskEnrolments(KioskDevices devices, KioskRegistry registry, StaffAuditLog audit) {
        this.devices = devices;
        this.registry = registry;
        this.audit = audit;
    }

    /** A one-time code the kiosk's browser types at {@code /enrol}; shown once, never stored in clear. */
    public KioskDevices.EnrolmentCode newCode(CurrentStaff staff, String kioskId) {
        KioskConfig kiosk = visible(staff, kioskId, "enrolment code for kiosk " + kioskId);
        KioskDevices.EnrolmentCode code = devices.newCode(kiosk.id(), staff.username());
        audit.record(staff, StaffAction.KIOSK_ENROLMENT_CODE, "kiosk " + kiosk.id(), kiosk.branchCode());
        return code;
    }

    /** Revokes the kiosk's device: from its next start screen it serves no member. False when it had none. */
    public boolean revoke(CurrentStaff staff, String kioskId) {
        KioskConfig kiosk = visible(staff, kioskId, "revoke kiosk " + kioskId);
        boolean revoked = devices.revoke(kiosk.id(), staff.username());
        if (revoked) {
            audit.record(staff, StaffAction.KIOSK_REVOKED, "kiosk " + kiosk.id(), kiosk.branchCode());
        }
        return revoked;
    }

    /** The enrolled device of each kiosk the staff member may see. */
    public Map<String, KioskDevices.Device> devices(CurrentStaff staff) {
        return devices.enrolledDevices().entrySet().stream()
                .filter(e -> registry.find(e.getKey()).filter(k -> staff.sees(k.branchCode())).isPresent())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private KioskConfig visible(CurrentStaff staff, String kioskId, String what) {
        return registry.find(kioskId).filter(k -> staff.sees(k.branchCode())).orElseThrow(() -> {
            audit.record(staff, StaffAction.ACCESS_DENIED, what, staff.branchCode());
            return new AccessDeniedException("kiosk " + kioskId + " is not of the staff member's branch");
        });
    }
}
