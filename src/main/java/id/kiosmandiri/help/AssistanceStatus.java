package id.kiosmandiri.help;

/** WAITING → TAKEN (a staff member is on the way) → CLOSED, or WAITING → CANCELLED by the member. */
public enum AssistanceStatus {
    WAITING, TAKEN, CLOSED, CANCELLED;

    /** Still in the staff's queue. */
    public boolean open() {
        return this == WAITING || this == TAKEN;
    }
}
