package id.kiosmandiri.staff;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

/**
 * A staff account as Spring Security holds it: the principal of a signed-in staff session (kept
 * in the HTTP session, so serializable). The password hash is only there while a login is being
 * checked; the signed-in principal has none ({@link #eraseCredentials}).
 */
final class StaffUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final StaffRole role;
    private final String branchCode;
    private final boolean enabled;

    StaffUser(long accountId, String username, String passwordHash, String displayName, StaffRole role, String branchCode,
              boolean enabled) {
        this.accountId = accountId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.branchCode = branchCode;
        this.enabled = enabled;
    }

    static StaffUser of(StaffAccount account) {
        return new StaffUser(account.getId(), account.getUsername(), account.getPasswordHash(), account.getDisplayName(),
                account.getRole(), account.getBranchCode(), account.isEnabled());
    }

    /** The same account without its password hash: what a signed-in session keeps. */
    StaffUser withoutPassword() {
        return new StaffUser(accountId, username, null, displayName, role, branchCode, enabled);
    }

    CurrentStaff acting(String clientAddress) {
        return new CurrentStaff(accountId, username, displayName, role, branchCode, clientAddress);
    }

    long accountId() {
        return accountId;
    }

    StaffRole role() {
        return role;
    }

    String branchCode() {
        return branchCode;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "StaffUser[" + username + ", " + role + (branchCode == null ? "" : ", " + branchCode) + "]";
    }
}
