package id.kiosmandiri.member;

import java.time.Instant;

/** What a PIN check needs of a member, read without loading the member. */
record PinState(Long id, String pinHash, Instant lockedUntil) {
}
