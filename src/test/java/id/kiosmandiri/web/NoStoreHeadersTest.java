package id.kiosmandiri.web;

import id.kiosmandiri.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Member pages are never kept in the browser cache; static assets may be. */
@IntegrationTest
class NoStoreHeadersTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesAreSentWithNoStore() throws Exception {
        for (String page : new String[]{"/", "/home", "/balance", "/contributions", "/bills", "/login"}) {
            HttpResponse<String> response = get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(page).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        }
    }

    @Test
    void stylesMayBeCached() throws Exception {
        HttpResponse<String> css = get("/kiosk.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
    }
}
