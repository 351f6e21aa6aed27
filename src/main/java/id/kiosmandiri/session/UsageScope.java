package id.kiosmandiri.session;

import java.util.Objects;

/**
 * Whose usage a figure counts: one kiosk, one branch, or every kiosk in the country. {@link #key()}
 * is how the rollup tables name it ({@code kiosk:<ID>}, {@code branch:<CODE>}, {@code all}).
 * Who may ask for which scope is decided by the staff services, not here.
 */
public record UsageScope(Level level, String code) {

    public enum Level { ALL, BRANCH, KIOSK }

    public UsageScope {
        Objects.requireNonNull(level);
        if (level == Level.ALL ? code != null : code == null || code.isBlank()) {
            throw new IllegalArgumentException("scope " + level + " with code " + code);
        }
    }

    public static UsageScope all() {
        return new UsageScope(Level.ALL, null);
    }

    public static UsageScope branch(String branchCode) {
        return new UsageScope(Level.BRANCH, branchCode);
    }

    public static UsageScope kiosk(String kioskId) {
        return new UsageScope(Level.KIOSK, kioskId);
    }

    /** The scope's name in the rollup tables. */
    public String key() {
        return switch (level) {
            case ALL -> "all";
            case BRANCH -> "branch:" + code;
            case KIOSK -> "kiosk:" + code;
        };
    }
}
