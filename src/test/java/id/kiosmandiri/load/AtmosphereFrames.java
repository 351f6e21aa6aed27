package id.kiosmandiri.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits what the push WebSocket delivers into Atmosphere messages. Flow's client subscribes with
 * {@code trackMessageLength: true} and the delimiter {@code |}: each message comes as
 * {@code <length>|<message>}, the length counted in characters (UTF-16 units, as JavaScript counts
 * them). Several messages may share one frame and one message may span frames.
 */
final class AtmosphereFrames {

    private final StringBuilder buffer = new StringBuilder();

    /** Adds received text and returns the messages it completes, in order. */
    List<String> add(CharSequence text) {
        buffer.append(text);
        List<String> messages = new ArrayList<>();
        while (true) {
            int bar = buffer.indexOf("|");
            if (bar <= 0) {
                break;
            }
            int length;
            try {
                length = Integer.parseInt(buffer.substring(0, bar).strip());
            } catch (NumberFormatException notALength) {
                throw new IllegalStateException("not a length-prefixed Atmosphere message: "
                        + buffer.substring(0, Math.min(buffer.length(), 80)));
            }
            if (buffer.length() < bar + 1 + length) {
                break; // the rest comes in the next frame
            }
            messages.add(buffer.substring(bar + 1, bar + 1 + length));
            buffer.delete(0, bar + 1 + length);
        }
        return messages;
    }

    /**
     * The first message of a connection is Atmosphere's handshake, not Flow's:
     * {@code <tracking id>|<heartbeat interval>|<heartbeat padding>|}.
     */
    static boolean isHandshake(String message) {
        return !message.startsWith("{") && !message.startsWith("for(;;);") && message.chars().filter(c -> c == '|').count() >= 2;
    }
}
