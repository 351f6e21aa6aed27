package id.kiosmandiri.member;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a member's number and PIN. Wrong PINs are counted in the database: after
 * {@code max-failed-pins} the member is locked for {@code pin-lock-minutes} on every kiosk.
 */
@Service
public class MemberAuthService {

    private static final Logger log = LoggerFactory.getLogger(MemberAuthService.class);

    private final MemberRepository members;
    private final MembershipCardRepository cards;
    private final PasswordEncoder pinEncoder;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final int maxFailedPins;
    private final Duration lockDuration;
    /** Checked against when the number is unknown, so both cases take as long. */
    private final String dummyHash;

    MemberAuthService(MemberRepository members, MembershipCardRepository cards, PasswordEncoder pinEncoder,
                      LoginThrottle throttle, Clock clock,
                      @Value("${kiosk.security.max-failed-pins:3}") int maxFailedPins,
                      @Value("${kiosk.security.pin-lock-minutes:30}") int pinLockMinutes) {
        this.members = members;
        this.cards = cards;
        this.pinEncoder = pinEncoder;
        this.throttle = throttle;
        this.clock = clock;
        this.maxFailedPins = maxFailedPins;
        this.lockDuration = Duration.ofMinutes(pinLockMinutes);
        this.dummyHash = pinEncoder.encode("000000");
    }

    /**
     * @param method how the number was given: a card (UID or KPJ typed by the reader), NIK or KPJ
     * @param number the digits given
     * @param pin    the 6-digit PIN
     */
    @Transactional
    public LoginResult login(String kioskId, LoginMethod method, String number, String pin) {
        long wait = throttle.secondsToWait(kioskId);
        if (wait > 0) {
            return new LoginResult.SlowDown(wait);
        }
        Optional<Member> found = find(method, number);
        if (found.isEmpty()) {
            pinEncoder.matches(pin, dummyHash);
            throttle.recordFailure(kioskId);
            log.info("Login failed at kiosk {}: unknown {} {}", kioskId, method, Identifiers.mask(number));
            return new LoginResult.Wrong();
        }
        Member member = found.get();
        Instant now = clock.instant();
        if (member.isLockedAt(now)) {
            pinEncoder.matches(pin, dummyHash);
            log.info("Login refused at kiosk {}: member {} is locked", kioskId, member.getId());
            return new LoginResult.Locked(member.getLockedUntil());
        }
        if (pin == null || !pin.matches("\\d{6}") || !pinEncoder.matches(pin, member.getPinHash())) {
            member.recordFailedPin(maxFailedPins, now.plus(lockDuration));
            throttle.recordFailure(kioskId);
            if (member.isLockedAt(now)) {
                log.info("Member {} locked after {} wrong PINs (kiosk {})", member.getId(), maxFailedPins, kioskId);
                return new LoginResult.Locked(member.getLockedUntil());
            }
            log.info("Wrong PIN for member {} at kiosk {}", member.getId(), kioskId);
            return new LoginResult.Wrong();
        }
        member.recordSuccessfulPin();
        throttle.recordSuccess(kioskId);
        log.info("Member {} logged in at kiosk {} by {}", member.getId(), kioskId, method);
        return new LoginResult.Success(member.getId());
    }

    private Optional<Member> find(LoginMethod method, String number) {
        if (number == null || !number.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        Optional<MembershipCard> card = switch (method) {
            case NIK -> Optional.empty();
            case KPJ -> cards.findByKpj(number);
            // a reader types the card's UID, or its KPJ on cards that carry only that
            case CARD -> cards.findByCardUid(number).or(() -> cards.findByKpj(number));
        };
        if (method == LoginMethod.NIK) {
            return members.findByNik(number);
        }
        return card.flatMap(c -> members.findById(c.getMemberId()));
    }
}
