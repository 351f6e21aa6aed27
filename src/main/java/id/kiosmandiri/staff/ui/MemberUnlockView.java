package id.kiosmandiri.staff.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kiosmandiri.kiosk.Branch;
import id.kiosmandiri.kiosk.KioskRegistry;
import id.kiosmandiri.member.MemberPinLock;
import id.kiosmandiri.staff.MemberUnlocks;
import id.kiosmandiri.staff.StaffContext;
import id.kiosmandiri.staff.StaffRefusal;
import id.kiosmandiri.staff.StaffRole;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.util.Optional;

/**
 * Unlocking a member's PIN at the counter: staff type the NIK or KPJ from the member's e-KTP or
 * card (a staff PC has a keyboard), check the name and last digits shown, and lift the lock. Lock
 * times are in the member's branch zone. The service decides who may and audits both steps.
 */
@Route(value = "staff/members", layout = StaffLayout.class)
@RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.BRANCH_STAFF_ROLE})
class MemberUnlockView extends Div implements HasDynamicTitle {

    private final StaffContext staffContext;
    private final MemberUnlocks unlocks;
    private final KioskRegistry kiosks;
    private final TextField number = new TextField();
    private final Paragraph error = new Paragraph();
    private final Div result = new Div();

    MemberUnlockView(StaffContext staffContext, MemberUnlocks unlocks, KioskRegistry kiosks) {
        this.staffContext = staffContext;
        this.unlocks = unlocks;
        this.kiosks = kiosks;
        addClassName("staff-page");
        number.setId("member-lookup");
        number.setLabel(getTranslation("staff.members.number"));
        number.setHelperText(getTranslation("staff.members.number.help"));
        number.setMaxLength(20);
        number.setAllowedCharPattern("[0-9 ]");
        Button find = new Button(getTranslation("staff.members.find"), e -> find());
        find.setId("member-find");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickShortcut(Key.ENTER);
        error.setId("member-error");
        error.addClassName("staff-alert");
        error.setVisible(false);
        Div row = new Div(number, find);
        row.addClassName("staff-form-row");
        Div form = new Div(new H2(getTranslation("staff.members.find.title")), row, error);
        form.addClassName("staff-card");
        result.setId("member-result");
        result.addClassName("staff-card");
        result.setVisible(false);
        add(new H1(getTranslation("staff.members.title")), form, result);
    }

    private void find() {
        result.setVisible(false);
        try {
            Optional<MemberPinLock> found = unlocks.lookup(staffContext.require(), number.getValue());
            if (found.isEmpty()) {
                showError("staff.members.not-found");
                return;
            }
            error.setVisible(false);
            show(found.get(), false);
        } catch (StaffRefusal refusal) {
            showError(refusal.messageKey());
        }
    }

    private void show(MemberPinLock member, boolean justUnlocked) {
        result.removeAll();
        Optional<Branch> branch = kiosks.branches().stream().filter(b -> b.code().equals(member.branchCode())).findFirst();
        ZoneId zone = branch.map(Branch::zone).orElse(StaffFormats.WIB);
        Paragraph name = new Paragraph(member.fullName());
        name.setId("member-full-name");
        name.addClassName("staff-member-name");
        result.add(name,
                fact("staff.members.nik", member.maskedNik()),
                fact("staff.members.kpj", String.join(", ", member.maskedKpjs())),
                fact("staff.members.branch", branch.map(Branch::name).orElse(member.branchCode())),
                fact("staff.members.failed", String.valueOf(member.failedPinCount())));
        Span lock = new Span(member.locked()
                ? getTranslation("staff.members.locked-until", StaffFormats.dateTime(member.lockedUntil(), zone), StaffFormats.zoneName(zone))
                : getTranslation("staff.members.not-locked"));
        lock.setId("member-lock");
        result.add(fact("staff.members.lock", lock));
        if (justUnlocked) {
            Paragraph done = new Paragraph(getTranslation("staff.members.unlocked"));
            done.setId("member-unlocked");
            done.addClassName("staff-note");
            result.add(done);
        } else {
            Button unlock = new Button(getTranslation("staff.members.unlock"), e -> unlock(member));
            unlock.setId("member-unlock");
            unlock.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            // nothing to lift for a member without a lock or a wrong PIN counted
            unlock.setEnabled(member.locked() || member.failedPinCount() > 0);
            result.add(unlock);
        }
        result.setVisible(true);
    }

    private void unlock(MemberPinLock member) {
        try {
            show(unlocks.unlock(staffContext.require(), member), true);
        } catch (StaffRefusal refusal) {
            showError(refusal.messageKey());
            result.setVisible(false);
        }
    }

    private void showError(String key) {
        error.setText(getTranslation(key));
        error.setVisible(true);
    }

    private Div fact(String labelKey, String value) {
        return fact(labelKey, new Span(value));
    }

    private Div fact(String labelKey, Span value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("staff-fact-label");
        Div fact = new Div(label, value);
        fact.addClassName("staff-fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.members.page-title");
    }
}
