package id.kiosmandiri.help;

/**
 * A request made at a kiosk, and what became of its queue ticket.
 *
 * @param ticket {@link Ticket#SCREEN_ONLY} when the kiosk has no printer the server drives (browser
 *               printing or none): the number is on the screen only
 */
public record CalledStaff(HelpRequest request, Ticket ticket) {

    public enum Ticket { PRINTED, FAILED, SCREEN_ONLY }
}
