package id.kiosmandiri.staff;

import id.kiosmandiri.help.HelpService;
import id.kiosmandiri.help.HelpStatistics;
import id.kiosmandiri.kiosk.Branch;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.kiosk.KioskRegistry;
import id.kiosmandiri.session.UsageAnalytics;
import id.kiosmandiri.session.UsageReport;
import id.kiosmandiri.session.UsageScope;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Usage analytics for staff: who may see which scope is decided here, whatever a screen asks for.
 * An admin may ask for every branch, one branch or one kiosk; branch staff for their own branch or
 * one of its kiosks. Anything else gets nothing (not even whether the branch or kiosk exists) and
 * is audited as denied. The CSV export is audited with its scope and range.
 */
@Service
public class StaffAnalytics {

    /** The range shown first: this many days up to today. */
    public static final int DEFAULT_DAYS = 30;
    /** The longest range: a leap year. */
    public static final int MAX_DAYS = UsageAnalytics.MAX_DAYS;
    /** "Today" for every branch at once: the head office's day. */
    static final ZoneId ALL_BRANCHES_ZONE = ZoneId.of("Asia/Jakarta");
    static final String ALL_BRANCHES_PLACE = "semua";

    /** Days, both included. */
    public record Range(LocalDate from, LocalDate to) {
    }

    /** A CSV file to download. */
    public record CsvFile(String fileName, byte[] content) {
    }

    private final UsageAnalytics analytics;
    private final KioskRegistry registry;
    private final StaffAuditLog audit;
    private final StaffAccountService accounts;
    private final Clock clock;
    private final HelpService help;

    StaffAnalytics(UsageAnalytics analytics, KioskRegistry registry, StaffAuditLog audit, StaffAccountService accounts,
                   Clock clock, HelpService help) {
        this.help = help;
        this.analytics = analytics;
        this.registry = registry;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** What the page shows first: every branch for an admin, the own branch for branch staff. */
    public UsageScope defaultScope(CurrentStaff staff) {
        return staff.admin() || staff.branchCode() == null ? UsageScope.all() : UsageScope.branch(staff.branchCode());
    }

    /** The last {@value #DEFAULT_DAYS} days up to today in the scope's branch zone (WIB for every branch). */
    public Range defaultRange(UsageScope scope) {
        LocalDate today = LocalDate.now(clock.withZone(zone(scope)));
        return new Range(today.minusDays(DEFAULT_DAYS - 1), today);
    }

    /** The time zone of the scope's days and hours: its branch's, or WIB for every branch (each branch counts in its own). */
    public ZoneId zone(UsageScope scope) {
        return branchOf(scope).map(Branch::zone).orElse(ALL_BRANCHES_ZONE);
    }

    /**
     * The report, or nothing when this staff member may not see the scope (audited as denied).
     *
     * @param from first day, or {@code null} for the default range's
     * @param to   last day, or {@code null} for the default range's
     * @throws AnalyticsRangeException when {@code to} is before {@code from} or the range is longer
     *                                 than {@value #MAX_DAYS} days; nothing is asked then
     */
    public Optional<UsageReport> report(CurrentStaff staff, UsageScope scope, LocalDate from, LocalDate to) {
        if (!allowed(staff, scope)) {
            return Optional.empty();
        }
        Range range = range(scope, from, to);
        return Optional.of(analytics.report(scope, range.from(), range.to()));
    }

    /**
     * How quickly staff answered calls for help ("Panggil petugas") in the scope and range: the closed
     * requests, their median and average wait (request to taken) and median handling (taken to closed),
     * on each branch's own days; nothing when the staff member may not see the scope (audited as denied).
     *
     * @throws AnalyticsRangeException as {@link #report}
     */
    public Optional<HelpStatistics> helpStatistics(CurrentStaff staff, UsageScope scope, LocalDate from, LocalDate to) {
        if (!allowed(staff, scope)) {
            return Optional.empty();
        }
        Range range = range(scope, from, to);
        return Optional.of(help.statistics(scope, range.from(), range.to()));
    }

    /**
     * Every table of the report as one CSV file ({@link UsageCsv}), named after the scope and range,
     * audited as {@link StaffAction#EXPORT}; nothing when the staff member may not see the scope.
     *
     * @throws AnalyticsRangeException as {@link #report}
     */
    public Optional<CsvFile> exportCsv(CurrentStaff staff, UsageScope scope, LocalDate from, LocalDate to) {
        Optional<UsageReport> report = report(staff, scope, from, to);
        if (report.isEmpty()) {
            return Optional.empty();
        }
        UsageReport r = report.get();
        String branch = branchOf(scope).map(Branch::code).orElse(null);
        String place = switch (scope.level()) {
            case ALL -> ALL_BRANCHES_PLACE;
            case BRANCH -> scope.code();
            case KIOSK -> branch + "-" + scope.code();
        };
        byte[] csv = UsageCsv.write(r, name(scope), this::name);
        audit.record(staff, StaffAction.EXPORT, "csv " + scope.key() + " " + r.from() + ".." + r.to(), branch);
        return Optional.of(new CsvFile(UsageCsv.fileName(place, r.from(), r.to()), csv));
    }

    /** Checks a range without asking for anything: from and to default to the scope's default range. */
    public Range range(UsageScope scope, LocalDate from, LocalDate to) {
        Range defaults = defaultRange(scope);
        LocalDate first = from == null ? defaults.from() : from;
        LocalDate last = to == null ? defaults.to() : to;
        if (last.isBefore(first)) {
            throw new AnalyticsRangeException("staff.analytics.error.order");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw new AnalyticsRangeException("staff.analytics.error.too-long");
        }
        return new Range(first, last);
    }

    /**
     * Whether the staff member may see the scope: every branch only an admin, a branch or kiosk
     * only when it exists and is the staff member's branch (an admin's: any). The account is looked
     * up again, so a page left open after it was disabled gets nothing. A refusal is audited.
     */
    private boolean allowed(CurrentStaff staff, UsageScope scope) {
        boolean allowed = switch (scope.level()) {
            case ALL -> staff.admin();
            case BRANCH, KIOSK -> branchOf(scope).map(b -> staff.sees(b.code())).orElse(false);
        } && accounts.stillValid(staff);
        if (!allowed) {
            audit.record(staff, StaffAction.ACCESS_DENIED, "analytics " + scope.key(), staff.branchCode());
        }
        return allowed;
    }

    private Optional<Branch> branchOf(UsageScope scope) {
        return switch (scope.level()) {
            case ALL -> Optional.empty();
            case BRANCH -> registry.branches().stream().filter(b -> b.code().equals(scope.code())).findFirst();
            case KIOSK -> registry.find(scope.code()).map(registry::branchOf);
        };
    }

    /** A kiosk's or branch's name as configured (its code when it has none); {@code semua} for every branch. */
    private String name(UsageScope scope) {
        return switch (scope.level()) {
            case ALL -> ALL_BRANCHES_PLACE;
            case BRANCH -> branchOf(scope).map(Branch::name).orElse(scope.code());
            case KIOSK -> registry.find(scope.code()).map(KioskConfig::name).orElse(scope.code());
        };
    }
}
