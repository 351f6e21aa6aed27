package id.kiosmandiri.session;


import java.io.Serializable;
import java.time.Instant;

/** The logged-in member of this browser session. Only ids: views fetch what they show. */
public record MemberSession(Long memberId, String kioskId, Long kioskSessionId, LoginMethod method, Instant startedAt)
        implements Serializable {
}
