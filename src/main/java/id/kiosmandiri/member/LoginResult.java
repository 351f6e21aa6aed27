package id.kiosmandiri.member;

import java.time.Instant;

/**
 * The outcome of a PIN check. {@code WRONG} is the same whether the number exists or not, so the
 * kiosk never tells anyone which NIK or KPJ numbers are members.
 */
public sealed interface LoginResult {

    record Success(Long memberId) implements LoginResult {
    }

    /** Number or PIN wrong. */
    record Wrong() implements LoginResult {
    }

    /** Too many wrong PINs: locked until the given time, on every kiosk. */
    record Locked(Instant until) implements LoginResult {
    }

    /**
     * Not a NIK, KPJ, card or PIN at all (letters, other scripts' digits, wrong length): refused
     * before any database query. The screens check input first, so this is a second line.
     */
    record Invalid() implements LoginResult {
    }

    /** This kiosk had too many failed logins in a row: wait before trying again. */
    record SlowDown(long seconds) implements LoginResult {
    }
}
