package id.kiosmandiri.load;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The load driver's reading of Flow's messages, on answers recorded from the kiosk server (Flow
 * 25.2, production mode): {@code src/test/resources/id/kiosmandiri/load/answer-*.json}.
 */
class UidlProtocolTest {

    private static JsonNode recorded(String name) throws IOException {
        try (InputStream in = UidlProtocolTest.class.getResourceAsStream("answer-" + name + ".json")) {
            return UiState.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static UiState attractScreen() throws IOException {
        UiState ui = UiState.fromInit(recorded("init"));
        assertThat(ui.receive(recorded("navigate"))).isEqualTo(UiState.Received.APPLIED);
        return ui;
    }

    @Test
    void initGivesTheUiTokenPushIdAndHeartbeat() throws IOException {
        UiState ui = UiState.fromInit(recorded("init"));

        assertThat(ui.uiId).isZero();
        assertThat(ui.pushId).isNotBlank();
        assertThat(ui.heartbeatSeconds).isEqualTo(60);
        assertThat(ui.lastSeenSyncId()).isZero();
        JsonNode first = ui.message(UiState.JSON.createArrayNode());
        assertThat(first.path("csrfToken").asString()).isEqualTo(recorded("init").path("appConfig").path("uidl")
                .path("Vaadin-Security-Key").asString());
        assertThat(first.path("syncId").asInt()).isZero();
        assertThat(first.path("clientId").asInt()).isZero();
    }

    @Test
    void elementsAreFoundByIdAndHiddenOnesAreNot() throws IOException {
        UiState ui = attractScreen();

        UiTree.Node start = ui.visible("start").orElseThrow();
        assertThat(start.listeners).containsKey("click");
        assertThat(ui.visible("branch-name")).isPresent();
        // the "being prepared" line is there but hidden while the server is ready
        assertThat(ui.visible(KioskBrowser.NOT_READY_ID)).isEmpty();
        assertThat(ui.visible("login-by-kpj")).isEmpty();
        // the attract screen has no idle guard: kiosk.js would report no input
        assertThat(ui.withAttribute("data-activity-target")).isEmpty();
    }

    @Test
    void theNextScreenReplacesTheOldOne() throws IOException {
        UiState ui = attractScreen();
        int startNode = ui.visible("start").orElseThrow().id;

        ui.receive(recorded("start"));

        assertThat(ui.visible("start")).isEmpty();
        assertThat(ui.visible("login-by-kpj")).isPresent();
        assertThat(ui.visible("login-by-kpj").orElseThrow().id).isNotEqualTo(startNode);
        // the login screen watches for idle: the body carries the target of kiosk.js's input report
        assertThat(ui.withAttribute("data-activity-target").orElseThrow().id).isEqualTo(1);
        assertThat(ui.message(UiState.JSON.createArrayNode()).path("clientId").asInt())
                .as("the client id the server expects next").isEqualTo(recorded("start").path("clientId").asInt());

        ui.receive(recorded("login-by-kpj"));
        UiTree.Node ok = ui.visible("key-ok").orElseThrow();
        assertThat(ok.disabled()).as("OK waits for a whole number").isTrue();
        assertThat(ui.visible("key-7")).isPresent();
    }

    @Test
    void messagesAreAppliedInSyncIdOrderWhicheverWayTheyCame() throws IOException {
        UiState ui = attractScreen();
        int last = ui.lastSeenSyncId();
        JsonNode pushed = UiState.parse("{\"syncId\":" + (last + 1) + ",\"meta\":{\"async\":true},\"changes\":[]}");
        JsonNode answer = UiState.parse("{\"syncId\":" + (last + 2) + ",\"clientId\":5,\"changes\":[]}");

        assertThat(ui.receive(answer)).as("ahead of a pushed message").isEqualTo(UiState.Received.WAITING);
        assertThat(ui.lastSeenSyncId()).isEqualTo(last);
        assertThat(ui.receive(pushed)).isEqualTo(UiState.Received.APPLIED);
        assertThat(ui.lastSeenSyncId()).isEqualTo(last + 2);
        assertThat(ui.receive(pushed)).as("seen already").isEqualTo(UiState.Received.OLD);
        assertThat(ui.message(UiState.JSON.createArrayNode()).path("syncId").asInt()).isEqualTo(last + 2);
    }

    @Test
    void aResynchronizeAnswerReplacesTheWholeTree() throws IOException {
        UiState ui = attractScreen();

        ui.receive(UiState.parse("{\"syncId\":40,\"clientId\":9,\"resynchronize\":true,\"changes\":["
                + "{\"node\":2,\"type\":\"attach\"},{\"node\":1,\"type\":\"splice\",\"feat\":2,\"index\":0,\"addNodes\":[2]},"
                + "{\"node\":2,\"type\":\"put\",\"feat\":3,\"key\":\"id\",\"value\":\"error-screen\"}]}"));

        assertThat(ui.visible("start")).isEmpty();
        assertThat(ui.visible(KioskBrowser.ERROR_SCREEN_ID)).isPresent();
        assertThat(ui.resyncs()).isEqualTo(1);
        assertThat(ui.message(UiState.JSON.createArrayNode()).path("clientId").asInt()).isEqualTo(9);
    }

    @Test
    void logoutEndsTheSessionAndSendsThePageToTheKiosksStart() throws IOException {
        UiState ui = attractScreen();
        ui.receive(recorded("start"));
        ui.receive(recorded("login-by-kpj"));
        JsonNode logout = recorded("logout");
        // the recorded logout answer came later in the journey: pretend the answers between were seen
        ui.receive(UiState.parse("{\"syncId\":" + (logout.path("syncId").asInt() - 1) + ",\"resynchronize\":true}"));

        ui.receive(logout);

        assertThat(ui.sessionExpired()).isTrue();
        assertThat(ui.leaveTo()).contains("./?kiosk=DEMO-01");
    }

    @Test
    void aPollingUiIsNoticed() throws IOException {
        UiState ui = attractScreen();
        assertThat(ui.pollIntervalMillis()).as("the kiosk uses push").isEqualTo(-1);

        ui.receive(UiState.parse("{\"syncId\":" + (ui.lastSeenSyncId() + 1)
                + ",\"changes\":[{\"node\":1,\"type\":\"put\",\"feat\":8,\"key\":\"pollInterval\",\"value\":1000}]}"));

        assertThat(ui.pollIntervalMillis()).isEqualTo(1000);
    }

    @Test
    void oldStyleWrappedAnswersAreReadToo() {
        JsonNode json = UiState.parse("for(;;);[{\"syncId\":3,\"changes\":[]}]");

        assertThat(json.path("syncId").asInt()).isEqualTo(3);
    }

    @Test
    void atmosphereMessagesAreSplitByTheirLength() {
        AtmosphereFrames frames = new AtmosphereFrames();

        var first = frames.add("41|f4d0203f-9864-4aa6-9b94-74fd4f414320|0|X|");
        assertThat(first).containsExactly("f4d0203f-9864-4aa6-9b94-74fd4f414320|0|X|");
        assertThat(AtmosphereFrames.isHandshake(first.getFirst())).isTrue();

        String message = "{\"syncId\":25,\"meta\":{\"async\":true,\"sessionExpired\":true}}";
        assertThat(frames.add(message.length() + "|" + message.substring(0, 10))).isEmpty();
        assertThat(frames.add(message.substring(10) + "2|{}")).containsExactly(message, "{}");
        assertThat(AtmosphereFrames.isHandshake(message)).isFalse();
    }

    @Test
    void percentilesByNearestRank() {
        Latencies latencies = new Latencies();
        assertThat(latencies.percentile(95)).isZero();
        for (int i = 100; i >= 1; i--) {
            latencies.add(i * 1000L);
        }

        assertThat(latencies.percentile(50)).isEqualTo(50_000);
        assertThat(latencies.percentile(95)).isEqualTo(95_000);
        assertThat(latencies.percentile(99)).isEqualTo(99_000);
        assertThat(latencies.max()).isEqualTo(100_000);
        assertThat(Measurements.millis(1_234)).isEqualTo("1.23 ms");
        assertThat(Measurements.millis(1_900_000)).isEqualTo("1,900 ms");
    }

    @Test
    void optionsHaveDefaultsAndRefuseTypos() {
        LoadOptions defaults = LoadOptions.parse();
        assertThat(defaults.kiosks()).isEqualTo(20);
        assertThat(defaults.keyMillis()).isEqualTo(600);
        assertThat(defaults.screenMillis()).isEqualTo(10_000);
        assertThat(defaults.rampSeconds()).isEqualTo(40);
        assertThat(defaults.journeys()).isEqualTo(2);
        assertThat(defaults.kioskId(7)).isEqualTo("LOAD-0007");
        assertThat(LoadOptions.parse("--kiosks", "300", "--screen-ms=500", "--hold").kiosks()).isEqualTo(300);

        assertThatThrownBy(() -> LoadOptions.parse("--kiosk", "3")).hasMessageContaining("unknown option(s): --kiosk");
        assertThatThrownBy(() -> LoadOptions.parse("--kiosks", "many")).hasMessageContaining("whole number");
        assertThat(KioskRunner.wrong("147258")).isEqualTo("147259");
        assertThat(KioskRunner.wrong("123459")).isEqualTo("123450");
    }

    @Test
    void theServersHeapIsTheSumOfItsGenerationsWithoutMetaspace() {
        String serial = """
                 def new generation   total 39296K, used 2051K [0x00000000c0000000, 0x00000000c2aa0000)
                  eden space 34944K,   5%% used
                 tenured generation   total 87424K, used 61234K [0x00000000c2aa0000, 0x00000000c8000000)
                 Metaspace       used 98765K, committed 99328K, reserved 1179648K
                  class space    used 12345K, committed 12800K, reserved 1048576K
                """.formatted();
        assertThat(ServerHeap.usedKb(serial)).isEqualTo(2051 + 61234);
        assertThat(ServerHeap.usedKb(" garbage-first heap   total 262144K, used 40960K [0x0]\n Metaspace used 1K, committed 2K"))
                .isEqualTo(40960);
    }
}
