package id.kiosmandiri;

import id.kiosmandiri.kiosk.EnrolmentPolicy;
import id.kiosmandiri.kiosk.KioskProperties;
import org.springframework.context.annotation.Primary;

/**
 * Kiosk enrolment is off in the test profile (every test names its kiosk with {@code ?kiosk=}); the
 * tests of enrolment switch it on here, in the one context all tests share, and off again after.
 */
@Primary
public class EnrolmentSwitch extends EnrolmentPolicy {

    private volatile boolean required;

    public EnrolmentSwitch(KioskProperties properties) {
        super(properties);
        this.required = properties.enrolment().required();
    }

    @Override
    public boolean required() {
        return required;
    }

    public void require(boolean required) {
        this.required = required;
    }
}
