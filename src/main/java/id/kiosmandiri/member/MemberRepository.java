package id.kiosmandiri.member;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByNik(String nik);

    @Query("select m.id from Member m where m.nik = :nik")
    Optional<Long> findIdByNik(@Param("nik") String nik);

    @Query("select new id.kiosmandiri.member.PinState(m.id, m.pinHash, m.lockedUntil) from Member m where m.id = :id")
    Optional<PinState> findPinState(@Param("id") Long id);

    /**
     * Takes one of the member's PIN guesses, before the PIN is checked: counts it as wrong and, when
     * it is the last one allowed, locks the member until {@code lockUntil} (a right PIN then undoes
     * both). One conditional statement under the row's lock, so parallel attempts can never take
     * more guesses than allowed. MariaDB assigns left to right with the new values, so
     * {@code locked_until} is set first, from the old count. Times are UTC, as Hibernate stores them.
     *
     * @return 1 when the guess was taken, 0 when the member is locked (or gone)
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            UPDATE member SET
              locked_until = CASE WHEN failed_pin_count + 1 >= :max THEN :lockUntil ELSE NULL END,
              failed_pin_count = CASE WHEN failed_pin_count + 1 >= :max THEN 0 ELSE failed_pin_count + 1 END
            WHERE id = :id AND (locked_until IS NULL OR locked_until <= :now)""", nativeQuery = true)
    int takePinGuess(@Param("id") Long id, @Param("max") int maxFailedPins,
                     @Param("now") LocalDateTime now, @Param("lockUntil") LocalDateTime lockUntil);

    /** A right PIN: the count starts again and any lock set by this attempt's own guess is lifted. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "UPDATE member SET failed_pin_count = 0, locked_until = NULL WHERE id = :id", nativeQuery = true)
    int pinRight(@Param("id") Long id);

    /** The member, its row locked until the transaction ends: a contact change compares and sets under the lock. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Member m where m.id = :id")
    Optional<Member> findForUpdate(@Param("id") Long id);
    @Query("select m.birthDate from Member m where m.id = :id")
    Optional<LocalDate> findBirthDate(@Param("id") Long id);

    /** A new PIN, already hashed: one short statement, no hashing inside the transaction. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "UPDATE member SET pin_hash = :hash WHERE id = :id", nativeQuery = true)
    int storePinHash(@Param("id") Long id, @Param("hash") String hash);

    /**
     * A hash of an older kind replaced by today's after a right PIN, only if it is still the one that was
     * checked (a PIN changed meanwhile stays changed).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "UPDATE member SET pin_hash = :hash WHERE id = :id AND pin_hash = :checked", nativeQuery = true)
    int replacePinHash(@Param("id") Long id, @Param("checked") String checked, @Param("hash") String hash);

    /** How many stored PIN hashes begin with {@code prefix} (the older kind still waiting for a right PIN). */
    @Query(value = "SELECT COUNT(*) FROM member WHERE pin_hash LIKE CONCAT(:prefix, '%')", nativeQuery = true)
    long countPinHashesStartingWith(@Param("prefix") String prefix);
}
