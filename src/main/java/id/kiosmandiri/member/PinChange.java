package id.kiosmandiri.member;

import java.time.Instant;

/** The outcome of a member changing their PIN ({@link MemberAuthService#changePin}). */
public sealed interface PinChange {

    /** The new PIN is stored; the old one no longer works. */
    record Changed() implements PinChange {
    }

    /** The old PIN was wrong, and counted towards the lockout; nothing stored. */
    record OldWrong() implements PinChange {
    }

    /** Locked (by this wrong old PIN or before it) until the given time, on every kiosk; nothing stored. */
    record Locked(Instant until) implements PinChange {
    }

    /** The new PIN breaks a rule ({@link PinRules}, the message key); nothing stored, nothing counted. */
    record Refused(String ruleKey) implements PinChange {
    }
}
