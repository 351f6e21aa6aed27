package id.kiosmandiri.kiosk;

import org.springframework.stereotype.Component;

/**
 * Whether only enrolled browsers are kiosks ({@code kiosk.enrolment.required}). A bean of its own so that
 * the one test context every test shares can switch it for the tests of enrolment itself.
 */
@Component
public class EnrolmentPolicy {

    private final boolean required;

    public EnrolmentPolicy(KioskProperties properties) {
        this.required = properties.enrolment().required();
    }

    public boolean required() {
        return required;
    }
}
