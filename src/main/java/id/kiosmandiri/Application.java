package id.kiosmandiri;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class Application {

    /** Tomcat's WebSocket buffer size in bytes, per connection, unless set on the command line. */
    static final String WEBSOCKET_BUFFER_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    static {
        // Every kiosk screen holds a push WebSocket that only ever carries messages from the server
        // (transport WEBSOCKET_XHR: a touch goes as a request). Tomcat gives each one 8 KB buffers for
        // reading text (16 KB as chars) and binary, and for writing and encoding: ~40 KB a kiosk, nearly
        // all unused. 1 KB each; a larger message from the server is sent in fragments. Read once, when
        // Tomcat's WebSocket classes load, so it is set here, before Spring starts (docs/benchmarks.md).
        if (System.getProperty(WEBSOCKET_BUFFER_PROPERTY) == null) {
            System.setProperty(WEBSOCKET_BUFFER_PROPERTY, "1024");
        }
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
