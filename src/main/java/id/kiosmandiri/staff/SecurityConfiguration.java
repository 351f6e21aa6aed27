package id.kiosmandiri.staff;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import id.kiosmandiri.staff.ui.StaffLoginView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The one place that says who may see what.
 * <ul>
 * <li>Kiosk screens (attract, login, member screens, receipts, the public receipt check, error
 * screens) are open to anyone, as before: each carries {@code @AnonymousAllowed} for Vaadin's view
 * access control, and a member's kiosk session is no Spring Security login at all.</li>
 * <li>Staff pages under {@code /staff} need a signed-in staff account: at the HTTP level (a page
 * request without one goes to {@code /staff/login}) and per view ({@code @RolesAllowed}, checked by
 * Vaadin on every navigation, so a branch staff member opening an admin page is told access is
 * denied).</li>
 * <li>Anything else (Vaadin's own requests, static files, unknown addresses that get the kiosk's
 * not-found screen) passes to Vaadin, whose view access control decides per view.</li>
 * </ul>
 * Vaadin's round trips carry Vaadin's own CSRF token (Spring's CSRF check skips them, as
 * {@link VaadinSecurityConfigurer} sets up, and skips the login page's post too); the login form is
 * a plain form whose post Spring Security authenticates. A login starts a new HTTP session (session fixation: nothing of the browser's
 * session before, say a member's kiosk session, comes along). Cache headers stay with
 * {@code web.NoStoreFilter}, which sends no-store on every dynamic answer and lets static files be
 * cached.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * Scripts and styles only from this server. Vaadin Flow needs {@code 'unsafe-inline'} and
     * {@code 'unsafe-eval'} for scripts (its bootstrap page starts the client engine inline, and the engine
     * runs the expressions the server sends, {@code executeJs}, as functions) and {@code 'unsafe-inline'} for
     * styles (Vaadin docs: Content Security Policy). Images may be {@code data:} URLs (the QR codes and the
     * analytics charts); push and round trips go to this server only; nothing may frame a page.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Health and metrics on the management port (on loopback or the monitoring network only, README:
     * operations): open for the monitor (health's status, the Prometheus scrape); health's details, each
     * kiosk's printer among them, only for an admin who signs in with HTTP Basic
     * ({@code management.endpoint.health.show-details: when-authorized}). No session, no CSRF: nothing
     * there changes anything.
     */
    @Bean
    @Order(1)
    SecurityFilterChain managementFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, StaffLoginAudit loginAudit, StaffAuditLog audit, Clock clock,
                                            StaffProperties staff) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(StaffLoginRedirects.LOGIN).permitAll()
                .requestMatchers("/staff", "/staff/**").hasAnyRole(StaffRole.ADMIN_ROLE, StaffRole.BRANCH_STAFF_ROLE));
        // Vaadin's configurer first: it sets the login page on the form login before that initializes
        // (the other way round the form would be processed at Spring's default /login, the kiosk's screen)
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(StaffLoginView.class, StaffLoginRedirects.LOGIN + "?logout")
                .addLogoutHandler(loginAudit)
                .anyRequest(AuthorizedUrl::permitAll));
        http.formLogin(form -> form
                .loginProcessingUrl(StaffLoginRedirects.LOGIN)
                .failureHandler(new StaffLoginRedirects.Failure()));
        // Vaadin's configurer takes this one instead of making its own
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class, new StaffLoginRedirects.Success());
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.newSession()));
        http.headers(headers -> headers.cacheControl(cache -> cache.disable())
                // no page of the kiosk or the staff is ever shown inside another page (clickjacking)
                .frameOptions(frames -> frames.deny())
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // a link or a script never tells another site which kiosk page it came from
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                // Vaadin's pages are served through a forward, which commits the response past the
                // filter's wrapper: written up front, the headers reach those pages too
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.addFilterAfter(new StaffIdleTimeout(clock, Duration.ofMinutes(staff.idleTimeoutMinutes()), audit),
                SecurityContextHolderFilter.class);
        return http.build();
    }

    /**
     * Spring Security's events for every login check, which {@link StaffLoginAudit} writes to the
     * audit: a throttled login as a locked one, and any failure without an event of its own as bad
     * credentials, so no failed login goes unrecorded.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(Map.of(StaffLoginThrottledException.class, AuthenticationFailureLockedEvent.class));
        publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return publisher;
    }
}
