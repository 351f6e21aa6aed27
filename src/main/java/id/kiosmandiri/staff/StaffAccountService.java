package id.kiosmandiri.staff;

import id.kiosmandiri.kiosk.KioskRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import id.kiosmandiri.database.ConflictRetryingTransactions;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;

/**
 * Staff accounts: listed, created, disabled and enabled again, passwords reset. Only an admin may
 * do any of it (the service refuses anyone else, whatever the screen); every change goes to the
 * audit with who made it, from where, and the changed account's branch. Passwords are made here
 * (random, shown to the admin once) and stored as BCrypt hashes only.
 */
@Service
public class StaffAccountService {

    private static final Logger log = LoggerFactory.getLogger(StaffAccountService.class);
    static final int DISPLAY_NAME_LENGTH = 120;
    /** Who made the demo accounts, in the audit. */
    static final String SYSTEM = "system";

    private final StaffAccountRepository accounts;
    private final StaffPasswords passwords;
    private final StaffAuditLog audit;
    private final KioskRegistry registry;
    private final Clock clock;
    private final TransactionTemplate transaction;

    StaffAccountService(StaffAccountRepository accounts, StaffPasswords passwords, StaffAuditLog audit, KioskRegistry registry,
                        Clock clock, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.registry = registry;
        this.clock = clock;
        this.transaction = ConflictRetryingTransactions.template(transactions);
    }

    /** A created account and its first password, which the admin passes on (it is not stored anywhere). */
    public record Created(StaffAccountSummary account, String password) {
    }

    /** One page of accounts, by username. Admins only. */
    public List<StaffAccountSummary> accounts(CurrentStaff actor, Pageable page) {
        audit.requireAdmin(actor, "staff accounts");
        Pageable byName = PageRequest.of(page.getPageNumber(), Math.max(1, page.getPageSize()), Sort.by("username"));
        return accounts.findAllBy(byName).map(StaffAccount::summary).toList();
    }

    /** How many accounts there are. Admins only. */
    public long count(CurrentStaff actor) {
        audit.requireAdmin(actor, "staff accounts");
        return accounts.count();
    }

    /** Creates an account with a random password. Admins only. */
    public Created create(CurrentStaff actor, NewStaffAccount request) {
        audit.requireAdmin(actor, "staff accounts");
        String username = StaffUsernames.normalize(request.username());
        String displayName = request.displayName() == null ? "" : request.displayName().strip();
        String branch = request.branchCode() == null || request.branchCode().isBlank() ? null : request.branchCode().strip();
        check(username, displayName, request.role(), branch);
        String password = passwords.generate();
        StaffAccount saved;
        try {
            saved = transaction.execute(status -> {
                if (accounts.existsByUsername(username)) {
                    throw new StaffAccountException("staff.accounts.error.username-taken");
                }
                return accounts.saveAndFlush(new StaffAccount(username, passwords.hash(password), displayName,
                        request.role(), branch, clock.instant()));
            });
        } catch (DataIntegrityViolationException e) {
            throw new StaffAccountException("staff.accounts.error.username-taken"); // made at the same moment elsewhere
        }
        audit.record(actor, StaffAction.ACCOUNT_CREATED, describe(saved), branch);
        return new Created(saved.summary(), password);
    }

    /** Disables or enables an account; an admin cannot disable their own. Admins only. */
    public StaffAccountSummary setEnabled(CurrentStaff actor, long accountId, boolean enabled) {
        audit.requireAdmin(actor, "staff accounts");
        if (!enabled && actor.accountId() == accountId) {
            throw new StaffAccountException("staff.accounts.error.self");
        }
        StaffAccount account = transaction.execute(status -> {
            StaffAccount found = accounts.findById(accountId)
                    .orElseThrow(() -> new StaffAccountException("staff.accounts.error.not-found"));
            found.setEnabled(enabled);
            return found;
        });
        audit.record(actor, enabled ? StaffAction.ACCOUNT_ENABLED : StaffAction.ACCOUNT_DISABLED, describe(account),
                account.getBranchCode());
        return account.summary();
    }

    /** Gives an account a new random password and returns it, to be passed on. Admins only. */
    public String resetPassword(CurrentStaff actor, long accountId) {
        audit.requireAdmin(actor, "staff accounts");
        String password = passwords.generate();
        String hash = passwords.hash(password); // before the transaction: no connection held while BCrypt runs
        StaffAccount account = transaction.execute(status -> {
            StaffAccount found = accounts.findById(accountId)
                    .orElseThrow(() -> new StaffAccountException("staff.accounts.error.not-found"));
            found.changePassword(hash, clock.instant());
            return found;
        });
        audit.record(actor, StaffAction.PASSWORD_RESET, describe(account), account.getBranchCode());
        return password;
    }

    /**
     * Whether the signed-in account may still act as it signed in: it exists, is enabled, and has
     * the same role and branch. Staff pages ask on every navigation, so disabling an account ends
     * its open sessions at their next step.
     */
    public boolean stillValid(CurrentStaff staff) {
        return accounts.findById(staff.accountId())
                .filter(a -> a.isEnabled() && a.getRole() == staff.role()
                        && java.util.Objects.equals(a.getBranchCode(), staff.branchCode()))
                .isPresent();
    }

    /**
     * Makes these accounts when there are no staff accounts at all (a new database): the demo
     * data's. Never touches a database that has any account.
     *
     * @return how many accounts were made
     */
    public int seedIfNone(List<StaffAccountSeed> seeds) {
        if (accounts.count() > 0) {
            return 0;
        }
        for (StaffAccountSeed seed : seeds) {
            String username = StaffUsernames.normalize(seed.username());
            check(username, seed.displayName(), seed.role(), seed.branchCode());
            StaffAccount saved = accounts.save(new StaffAccount(username, passwords.hash(seed.password()), seed.displayName(),
                    seed.role(), seed.branchCode(), clock.instant()));
            audit.record(SYSTEM, StaffAction.ACCOUNT_CREATED, describe(saved) + " (demo data)", seed.branchCode(), null);
        }
        log.info("Demo staff accounts: {}", seeds.stream().map(StaffAccountSeed::username).toList());
        return seeds.size();
    }

    private void check(String username, String displayName, StaffRole role, String branch) {
        if (!StaffUsernames.valid(username)) {
            throw new StaffAccountException("staff.accounts.error.username");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > DISPLAY_NAME_LENGTH
                || displayName.chars().anyMatch(Character::isISOControl)
                || displayName.codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE)) { // unpaired: stored as '?'
            throw new StaffAccountException("staff.accounts.error.name");
        }
        if (role == null) {
            throw new StaffAccountException("staff.accounts.error.role");
        }
        if (role == StaffRole.BRANCH_STAFF && branch == null) {
            throw new StaffAccountException("staff.accounts.error.branch-required");
        }
        if (branch != null && registry.branches().stream().noneMatch(b -> b.code().equals(branch))) {
            throw new StaffAccountException("staff.accounts.error.branch-unknown");
        }
    }

    /** What the audit says about an account: never its password. */
    private static String describe(StaffAccount account) {
        return account.getUsername() + " (" + account.getRole() + (account.getBranchCode() == null ? "" : ", " + account.getBranchCode()) + ")";
    }
}
