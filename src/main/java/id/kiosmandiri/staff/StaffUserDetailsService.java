package id.kiosmandiri.staff;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Spring Security's view of {@code staff_account}: usernames are compared lower-cased. */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccountRepository accounts;

    StaffUserDetailsService(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public StaffUser loadUserByUsername(String username) throws UsernameNotFoundException {
        return accounts.findByUsername(StaffUsernames.normalize(username)).map(StaffUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("no staff account of that name"));
    }
}
