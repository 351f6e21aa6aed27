package id.kiosmandiri.help;

/**
 * A request made at a kiosk, and what became of its queue ticket.
 *
 * @param ticket {@link Ticket#SCREEN_ONLY} when the kiosk has no printer: the number is on the screen only;
 *               {@link Ticket#IN_BROWSER} when the kiosk's browser prints: the screen prints
 *               {@link HelpService#ticket} itself
 */
public record CalledStaff(HelpRequest request, Ticket ticket) {

    public enum Ticket { PRINTED, FAILED, SCREEN_ONLY, IN_BROWSER }
}
