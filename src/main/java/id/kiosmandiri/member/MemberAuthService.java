package id.kiosmandiri.member;

import io.micrometer.core.instrument.Metrics;
import id.kiosmandiri.session.LoginMethod;

import id.kiosmandiri.kiosk.CardReads;
import id.kiosmandiri.session.LoginAttempted;
import id.kiosmandiri.session.MemberLockedOut;
import id.kiosmandiri.session.MemberLoggedIn;
import id.kiosmandiri.session.UsageOccurred;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import id.kiosmandiri.database.ConflictRetryingTransactions;
import id.kiosmandiri.database.StoredTimes;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Checks a member's number and PIN in three steps, so no pooled database connection is held
 * while the PIN hash is computed (milliseconds of CPU, tens for a hash of the older kind):
 * <ol>
 *   <li>one short transaction takes the attempt: the kiosk and address throttle, the attempt
 *       written as a failed login, and for a member one of their PIN guesses taken, atomically,
 *       before the PIN is known to be wrong — so parallel attempts never get more guesses than
 *       {@code max-failed-pins}, and a crash after this step leaves it counted;</li>
 *   <li>the PIN is checked with no connection held (against a dummy hash when the number is
 *       unknown or the member is locked, so every path costs one check);</li>
 *   <li>only a right PIN writes again: the guess and the failed login are taken back.</li>
 * </ol>
 */
@Service
public class MemberAuthService {

    private static final Logger log = LoggerFactory.getLogger(MemberAuthService.class);

    private final MemberRepository members;
    private final MembershipCardRepository cards;
    private final CardReads cardReads;
    private final PasswordEncoder pinEncoder;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final int maxFailedPins;
    private final Duration lockDuration;
    /** Checked against when the number is unknown or locked, so every answer costs one PIN check. */
    private final String dummyHash;
    /** Of the older, slower kind, checked against as often as members still have such a hash (null: none). */
    private final String legacyDummyHash;
    /** The share of stored hashes of the older kind, counted after the start; they go at each right PIN. */
    private volatile double legacyShare;

    @Autowired
    MemberAuthService(MemberRepository members, MembershipCardRepository cards, CardReads cardReads, PasswordEncoder pinEncoder,
                      LoginThrottle throttle, Clock clock, PlatformTransactionManager transactions, SecurityProperties security,
                      ApplicationEventPublisher events, PinConfiguration.PinDummies dummies) {
        this(members, cards, cardReads, pinEncoder, throttle, clock, transactions, security.maxFailedPins(), security.pinLockMinutes(),
                events, dummies.current(), dummies.legacy());
    }

    MemberAuthService(MemberRepository members, MembershipCardRepository cards, CardReads cardReads, PasswordEncoder pinEncoder,
                      LoginThrottle throttle, Clock clock, PlatformTransactionManager transactions,
                      int maxFailedPins, int pinLockMinutes, ApplicationEventPublisher events) {
        this(members, cards, cardReads, pinEncoder, throttle, clock, transactions, maxFailedPins, pinLockMinutes, events,
                pinEncoder.encode("000000"), null);
    }

    MemberAuthService(MemberRepository members, MembershipCardRepository cards, CardReads cardReads, PasswordEncoder pinEncoder,
                      LoginThrottle throttle, Clock clock, PlatformTransactionManager transactions,
                      int maxFailedPins, int pinLockMinutes, ApplicationEventPublisher events,
                      String dummyHash, String legacyDummyHash) {
        this.members = members;
        this.cards = cards;
        this.cardReads = cardReads;
        this.pinEncoder = pinEncoder;
        this.throttle = throttle;
        this.clock = clock;
        this.transaction = ConflictRetryingTransactions.template(transactions);
        this.events = events;
        // each statement sees what the attempt before it committed (the throttle's counts)
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.maxFailedPins = maxFailedPins;
        this.lockDuration = Duration.ofMinutes(pinLockMinutes);
        this.dummyHash = dummyHash;
        this.legacyDummyHash = legacyDummyHash;
    }

    /**
     * Counts the hashes of the older kind once the server is up (in the background: on a national
     * database the count reads every member). Until then, and when there are none, unknown numbers are
     * checked against today's kind only.
     */
    @EventListener(ApplicationReadyEvent.class)
    void countLegacyHashes() {
        if (legacyDummyHash == null) {
            return;
        }
        Thread.ofVirtual().name("legacy-pin-hash-count").start(() -> {
            try {
                long total = members.count();
                long legacy = members.countPinHashesStartingWith("{" + PinConfiguration.LEGACY + "}");
                legacyShare = total == 0 ? 0 : (double) legacy / total;
                if (legacy > 0) {
                    log.info("{} of {} PIN hashes are of the older kind; each is replaced at its member's next right PIN",
                            legacy, total);
                }
            } catch (RuntimeException e) {
                log.warn("Could not count the older PIN hashes: {}", e.toString());
            }
        });
    }

    /**
     * What a PIN is checked against when there is no member's hash. While some members still have a
     * hash of the older kind (about 75 ms against 2 ms), an unknown number costs that as often as a
     * member's check does, so the time of one answer does not tell whether the number is a member's.
     */
    private String dummyHash() {
        return legacyDummyHash != null && ThreadLocalRandom.current().nextDouble() < legacyShare ? legacyDummyHash : dummyHash;
    }

    /** Today's hash of a right PIN whose stored hash is of an older kind; made before any transaction. */
    private String upgradedHash(String pin, String stored) {
        return pinEncoder.upgradeEncoding(stored) ? pinEncoder.encode(pin) : null;
    }

    /** What step 1 decided. */
    private sealed interface Taken {
        /** The throttle says wait; nothing was counted. */
        record Wait(long seconds) implements Taken {
        }

        /** Counted as a failed login; no member's guess was taken (unknown number, or locked). */
        record NoGuess(long failureId, Instant lockedUntil) implements Taken {
        }

        /** One of the member's guesses was taken; {@code lockedIfWrong} is set when it was the last. */
        record Guess(long failureId, long memberId, String pinHash, Instant lockedIfWrong) implements Taken {
        }
    }

    /**
     * @param kioskId       the kiosk the browser is
     * @param clientAddress the address the request came from (counted apart from the kiosk id, which a
     *                      browser claims)
     * @param method        how the number was given: a card (UID or KPJ typed by the reader), NIK or KPJ
     * @param number        the digits given
     * @param pin           the 6-digit PIN
     */
    public LoginResult login(String kioskId, String clientAddress, LoginMethod method, String number, String pin) {
        LoginResult result = attempt(kioskId, clientAddress, method, number, pin);
        // this node's count, for Prometheus (docs/operations.md): summed over the nodes there
        Metrics.counter(LOGINS_METRIC, "outcome", switch (result) {
            case LoginResult.Success s -> "success";
            case LoginResult.Wrong w -> "wrong";
            case LoginResult.Locked l -> "locked";
            case LoginResult.Invalid i -> "invalid";
            case LoginResult.SlowDown d -> "slow_down";
        }).increment();
        return result;
    }

    /** Member logins on this node by outcome: success, wrong (PIN or number), locked, invalid (input), slow_down (throttle). */
    public static final String LOGINS_METRIC = "kiosk.member.logins";
    /** Members locked out by a wrong PIN on this node (at login or when confirming an action). */
    public static final String LOCKOUTS_METRIC = "kiosk.member.lockouts";

    private LoginResult attempt(String kioskId, String clientAddress, LoginMethod method, String number, String pin) {
        if (validNumber(method, number).isEmpty() || Identifiers.validPin(pin).isEmpty()) {
            return new LoginResult.Invalid(); // before any query: nothing to look up, nothing to count
        }
        String address = clientAddress == null || clientAddress.isBlank() ? "unknown"
                : clientAddress.substring(0, Math.min(64, clientAddress.length()));
        Taken taken = transaction.execute(status -> take(kioskId, address, method, number));
        switch (taken) {
            case Taken.Wait wait -> {
                return new LoginResult.SlowDown(wait.seconds());
            }
            case Taken.NoGuess none -> {
                pinEncoder.matches(pin, dummyHash());
                if (none.lockedUntil() != null) {
                    log.info("Login refused at kiosk {}: member is locked", kioskId);
                    return new LoginResult.Locked(none.lockedUntil());
                }
                log.info("Login failed at kiosk {}: unknown {} {}", kioskId, method, Identifiers.mask(number));
                return new LoginResult.Wrong();
            }
            case Taken.Guess guess -> {
                boolean right = pinEncoder.matches(pin, guess.pinHash());
                if (right) {
                    String upgraded = upgradedHash(pin, guess.pinHash());
                    transaction.executeWithoutResult(status -> {
                        members.pinRight(guess.memberId());
                        if (upgraded != null) {
                            members.replacePinHash(guess.memberId(), guess.pinHash(), upgraded);
                        }
                        throttle.forgive(guess.failureId());
                        events.publishEvent(new MemberLoggedIn(kioskId, method));
                    });
                    log.info("Member {} logged in at kiosk {} by {}", guess.memberId(), kioskId, method);
                    return new LoginResult.Success(guess.memberId());
                }
                if (guess.lockedIfWrong() != null) {
                    // the lock itself was set with the guess (step 1); the event goes through the
                    // publication registry, whose listeners only hear events published in a transaction
                    transaction.executeWithoutResult(status -> events.publishEvent(new MemberLockedOut(kioskId, method)));
                    Metrics.counter(LOCKOUTS_METRIC).increment();
                    log.info("Member {} locked after {} wrong PINs (kiosk {})", guess.memberId(), maxFailedPins, kioskId);
                    return new LoginResult.Locked(guess.lockedIfWrong());
                }
                log.info("Wrong PIN for member {} at kiosk {}", guess.memberId(), kioskId);
                return new LoginResult.Wrong();
            }
        }
    }

    /**
     * A logged-in member confirms an action with their PIN (a change of contact data, a new PIN).
     * The same three steps as a login, without the kiosk throttle (the member is known): a guess is
     * taken before the check, so a wrong PIN counts towards the lockout exactly as at login, and the
     * last allowed wrong PIN locks the member on every kiosk.
     */
    public PinCheck confirmPin(long memberId, String kioskId, String pin) {
        if (Identifiers.validPin(pin).isEmpty()) {
            return new PinCheck.Invalid();
        }
        Instant now = clock.instant();
        Instant lockUntil = now.plus(lockDuration);
        PinState state = transaction.execute(status -> {
            int taken = members.takePinGuess(memberId, maxFailedPins, StoredTimes.utc(now), StoredTimes.utc(lockUntil));
            PinState found = members.findPinState(memberId).orElseThrow();
            return taken == 0 ? new PinState(found.id(), null, found.lockedUntil()) : found;
        });
        if (state.pinHash() == null) {
            pinEncoder.matches(pin, dummyHash());
            log.info("PIN confirmation refused for member {} at kiosk {}: locked", memberId, kioskId);
            return new PinCheck.Locked(state.lockedUntil());
        }
        if (pinEncoder.matches(pin, state.pinHash())) {
            String upgraded = upgradedHash(pin, state.pinHash());
            transaction.executeWithoutResult(status -> {
                members.pinRight(memberId);
                if (upgraded != null) {
                    members.replacePinHash(memberId, state.pinHash(), upgraded);
                }
            });
            return new PinCheck.Right();
        }
        Instant locked = state.lockedUntil();
        if (locked != null && locked.isAfter(now)) {
            transaction.executeWithoutResult(status -> events.publishEvent(new MemberLockedOut(kioskId, null)));
            Metrics.counter(LOCKOUTS_METRIC).increment();
            log.info("Member {} locked after {} wrong PINs while logged in (kiosk {})", memberId, maxFailedPins, kioskId);
            return new PinCheck.Locked(locked);
        }
        log.info("Wrong PIN confirmation for member {} at kiosk {}", memberId, kioskId);
        return new PinCheck.Wrong();
    }

    /**
     * A logged-in member changes their PIN. The rules ({@link PinRules}) are checked here again,
     * whatever the screen checked, and before the old PIN: a refused new PIN costs no guess. The
     * old PIN is then confirmed as by {@link #confirmPin} (a wrong one counts towards the lockout,
     * the last allowed one locks). The new hash is computed with no connection held, then stored
     * by one short UPDATE, in whose transaction the usage {@code pin-changed} is published.
     *
     * @param kioskSessionId the member's kiosk session, for the usage record; may be null
     */
    public PinChange changePin(long memberId, String kioskId, Long kioskSessionId, String oldPin, String newPin) {
        if (Identifiers.validPin(oldPin).isEmpty()) {
            return new PinChange.Refused(PinRules.FORMAT);
        }
        LocalDate birthDate = transaction.execute(status -> members.findBirthDate(memberId).orElseThrow());
        Optional<String> problem = PinRules.problem(newPin, oldPin, birthDate);
        if (problem.isPresent()) {
            log.info("New PIN refused for member {} at kiosk {}: {}", memberId, kioskId, problem.get());
            return new PinChange.Refused(problem.get());
        }
        switch (confirmPin(memberId, kioskId, oldPin)) {
            case PinCheck.Right right -> {
            }
            case PinCheck.Wrong wrong -> {
                return new PinChange.OldWrong();
            }
            case PinCheck.Locked locked -> {
                return new PinChange.Locked(locked.until());
            }
            case PinCheck.Invalid invalid -> {
                return new PinChange.Refused(PinRules.FORMAT);
            }
        }
        String hash = pinEncoder.encode(newPin);
        transaction.executeWithoutResult(status -> {
            members.storePinHash(memberId, hash);
            events.publishEvent(new UsageOccurred(kioskId, kioskSessionId, "pin-changed", null));
        });
        log.info("PIN changed for member {} at kiosk {}", memberId, kioskId);
        return new PinChange.Changed();
    }

    /**
     * The first rule a new PIN breaks for this member (their birth date included), for the screen
     * to say before the member types it again; {@link #changePin} checks the same rules again.
     */
    public Optional<String> newPinProblem(long memberId, String oldPin, String newPin) {
        LocalDate birthDate = transaction.execute(status -> members.findBirthDate(memberId).orElseThrow());
        return PinRules.problem(newPin, oldPin, birthDate);
    }

    /**
     * Lifts a member's PIN lock and starts their count of wrong PINs again (staff, after checking
     * the member's e-KTP at the counter). The caller audits it.
     *
     * @return whether the member exists
     */
    public boolean unlock(long memberId) {
        boolean found = Boolean.TRUE.equals(transaction.execute(status -> {
            if (!members.existsById(memberId)) {
                return false;
            }
            members.pinRight(memberId);
            return true;
        }));
        if (found) {
            log.info("PIN lock lifted for member {} by staff", memberId);
        }
        return found;
    }

    private Taken take(String kioskId, String address, LoginMethod method, String number) {
        LoginThrottle.Check check = throttle.lockAndCheck(kioskId, address);
        if (check.secondsToWait() > 0) {
            return new Taken.Wait(check.secondsToWait());
        }
        long failureId = throttle.recordFailure(check);
        events.publishEvent(new LoginAttempted(kioskId, method));
        Optional<Long> memberId = findMemberId(method, number);
        if (memberId.isEmpty()) {
            return new Taken.NoGuess(failureId, null);
        }
        Instant now = clock.instant();
        Instant lockUntil = now.plus(lockDuration);
        int taken = members.takePinGuess(memberId.get(), maxFailedPins, StoredTimes.utc(now), StoredTimes.utc(lockUntil));
        Optional<PinState> state = members.findPinState(memberId.get());
        if (state.isEmpty()) {
            return new Taken.NoGuess(failureId, null);
        }
        if (taken == 0) {
            // locked: the try still counts as a failed login at this kiosk and address
            return new Taken.NoGuess(failureId, state.get().lockedUntil());
        }
        Instant locked = state.get().lockedUntil();
        return new Taken.Guess(failureId, memberId.get(), state.get().pinHash(),
                locked != null && locked.isAfter(now) ? locked : null);
    }

    /** One parser per way in, shared with the screens: ASCII digits of the exact length only. */
    private Optional<String> validNumber(LoginMethod method, String number) {
        if (method == null) {
            return Optional.empty();
        }
        return switch (method) {
            case NIK -> Identifiers.validNik(number, LocalDate.now(clock));
            case KPJ -> Identifiers.validKpj(number);
            case CARD -> cardReads.parse(number);
        };
    }

    private Optional<Long> findMemberId(LoginMethod method, String number) {
        return switch (method) {
            case NIK -> members.findIdByNik(number);
            case KPJ -> cards.findMemberIdByKpj(number);
            // a reader types the card's UID, or its KPJ on cards that carry only that
            case CARD -> cards.findMemberIdByCardUid(number).or(() -> cards.findMemberIdByKpj(number));
        };
    }
}
