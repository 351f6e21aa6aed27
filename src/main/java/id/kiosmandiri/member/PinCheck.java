package id.kiosmandiri.member;

import java.time.Instant;

/** The outcome of a logged-in member confirming an action with their PIN ({@link MemberAuthService#confirmPin}). */
public sealed interface PinCheck {

    record Right() implements PinCheck {
    }

    /** Wrong, and counted towards the lockout. */
    record Wrong() implements PinCheck {
    }

    /** Locked (by this wrong PIN or before it) until the given time, on every kiosk. */
    record Locked(Instant until) implements PinCheck {
    }

    /** Not six ASCII digits: refused before any query, nothing counted. */
    record Invalid() implements PinCheck {
    }
}
