package id.kiosmandiri.receipt;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The address a receipt's QR code opens: {@code kiosk.receipt.public-url}, or in the demo this
 * server's own local address once its port is known.
 */
@Component
class PublicAddress {

    private final String configured;
    private volatile int localPort = 8080;

    PublicAddress(ReceiptProperties properties) {
        this.configured = properties.publicUrl().replaceAll("/+$", "");
    }

    @EventListener
    void on(WebServerInitializedEvent event) {
        if (!"management".equals(event.getApplicationContext().getServerNamespace())) {
            localPort = event.getWebServer().getPort();
        }
    }

    String verifyUrl(String token) {
        String base = configured.isEmpty() ? "http://localhost:" + localPort : configured;
        return base + "/verify/" + token;
    }
}
