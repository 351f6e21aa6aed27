package id.kiosmandiri.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code --request-log}: one CSV line per HTTP request a kiosk sent,
 * {@code start_epoch_ms,end_epoch_ms,kiosk,step,outcome,node}. The outcome is {@code ok} or
 * {@code fail:<kind>} (a timeout, a refused connection, an HTTP status, or an answer that showed the
 * kiosk an error screen or an ended session); the node is the value of HAProxy's sticky cookie
 * {@value #NODE_COOKIE} the request was sent with, {@code -} when there was none. The cluster test
 * ({@link ClusterCheck}) counts failures per phase and how long the kiosks of a killed node waited.
 */
final class RequestLog extends LineLog {

    static final RequestLog OFF = new RequestLog();
    static final String HEADER = "start_epoch_ms,end_epoch_ms,kiosk,step,outcome,node";
    /** The cookie HAProxy sets to keep a kiosk on one app node. */
    static final String NODE_COOKIE = "KIOSKNODE";
    static final String OK = "ok";

    private RequestLog() {
        super();
    }

    RequestLog(Path file) throws IOException {
        super(file, HEADER);
    }

    static RequestLog to(Path file) throws IOException {
        return file == null ? OFF : new RequestLog(file);
    }

    void request(long startMillis, long endMillis, String kiosk, String step, String outcome, String node) {
        line(startMillis + "," + endMillis + "," + kiosk + "," + step.replace(',', ';') + "," + outcome + ","
                + (node == null || node.isEmpty() ? "-" : node.replace(',', ';')));
    }

    /** {@code fail:} and the failure's kind as one word: "HTTP 503" is {@code fail:http-503}. */
    static String failure(String kind) {
        return "fail:" + kind.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
