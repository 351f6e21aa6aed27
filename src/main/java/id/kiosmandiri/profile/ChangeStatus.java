package id.kiosmandiri.profile;

/** Where a change request stands. */
public enum ChangeStatus {
    /** Waiting for staff of the kiosk's branch. */
    PENDING,
    /** Applied to the member. */
    APPROVED,
    /** Not applied; the reason is shown to the member. */
    REJECTED,
    /** Replaced by a newer request of the member for the same field before anyone decided. */
    SUPERSEDED
}
