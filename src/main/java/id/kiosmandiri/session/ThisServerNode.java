package id.kiosmandiri.session;

import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * This kiosk server node, as the other nodes know it ({@code server_node}, {@code kiosk_session.server_node}):
 * its host name and a random part, new at every start, so a restarted node is a new node and the
 * sessions of the one that died are ended by another ({@link ServerNodes}).
 */
@Component
class ThisServerNode {

    private final String id;

    ThisServerNode() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "node";
        }
        byte[] random = new byte[6];
        ThreadLocalRandom.current().nextBytes(random);
        String suffix = "-" + HexFormat.of().formatHex(random);
        this.id = host.substring(0, Math.min(host.length(), 64 - suffix.length())) + suffix;
    }

    String id() {
        return id;
    }
}
