package id.kiosmandiri.staff;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Optional;

/**
 * Who is signed in as staff on the current request, as the {@link CurrentStaff} the staff services
 * take. A member's kiosk session is no staff session: it has no Spring Security authentication.
 */
@Component
public class StaffContext {

    /** The signed-in staff member, if this request has one. */
    public Optional<CurrentStaff> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof StaffUser user)) {
            return Optional.empty();
        }
        return Optional.of(user.acting(clientAddress()));
    }

    /** The signed-in staff member; a request without one is refused. */
    public CurrentStaff require() {
        return current().orElseThrow(() -> new AccessDeniedException("no staff member is signed in"));
    }

    /** The address of the current request (the forwarded client's, when the proxy is trusted), or {@code null}. */
    public static String clientAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
