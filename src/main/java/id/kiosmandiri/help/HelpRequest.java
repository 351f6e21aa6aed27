package id.kiosmandiri.help;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One assistance request as the screens see it.
 *
 * @param day         the branch's calendar day it was made on; {@code queueNumber} counts from 1 on each
 * @param memberId    the logged-in member who asked, or {@code null} when asked from the login screen
 * @param takenBy     the username of the staff member who took it, or {@code null}
 */
public record HelpRequest(long id, String kioskId, String branchCode, LocalDate day, int queueNumber, HelpTopic topic,
                          Long memberId, AssistanceStatus status, Instant createdAt, String takenBy, Instant takenAt,
                          Instant closedAt, Instant cancelledAt) {
}
