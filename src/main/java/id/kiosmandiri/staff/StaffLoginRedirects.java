package id.kiosmandiri.staff;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

/**
 * Where the browser goes after a staff login form was sent. After a success: the staff page it
 * asked for before the login, else an admin's start page (the accounts, until the fleet page of
 * all branches exists) or a branch staff member's (their branch's kiosks). After a failure: back
 * to the login, which says only "wrong username or password" (never whether the name exists), or
 * how long to wait when throttled.
 */
final class StaffLoginRedirects {

    static final String LOGIN = "/staff/login";
    static final String ADMIN_START = "/staff/accounts";
    static final String BRANCH_START = "/staff";

    private StaffLoginRedirects() {
    }

    /** Vaadin's handler (it knows Vaadin's saved requests), with a start page by role when none was saved. */
    static final class Success extends VaadinSavedRequestAwareAuthenticationSuccessHandler {

        @Override
        protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
                                            Authentication authentication) {
            boolean admin = authentication.getAuthorities().stream()
                    .anyMatch(a -> StaffRole.ADMIN.authority().equals(a.getAuthority()));
            return request.getContextPath() + (admin ? ADMIN_START : BRANCH_START);
        }
    }

    static final class Failure implements AuthenticationFailureHandler {

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                            AuthenticationException exception) throws IOException {
            String query = exception instanceof StaffLoginThrottledException throttled
                    ? "?wait=" + throttled.secondsToWait() : "?error";
            response.sendRedirect(request.getContextPath() + LOGIN + query);
        }
    }
}
