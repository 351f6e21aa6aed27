package id.kiosmandiri.receipt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A network receipt printer for tests and for trying the kiosk without one: a TCP server on 127.0.0.1 that
 * keeps every byte of each connection and answers the real-time status queries (DLE EOT n) as a printer in
 * the chosen {@link State} would.
 *
 * <p>Run it, and see each receipt it gets as text:
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=id.kiosmandiri.receipt.FakeEscPosPrinter [-Dexec.args="9100 PAPER_OUT"]
 * </pre>
 * and from another terminal send it a sample receipt with {@link PrintSampleReceipt}.
 */
public final class FakeEscPosPrinter implements AutoCloseable {

    static final int DEFAULT_PORT = 9100;
    private static final Duration WAIT_FOR_CONNECTION = Duration.ofSeconds(10);

    public enum State {
        /** Ready: every status is fine. */
        OK,
        /** Ready, but the roll is nearly used up. */
        NEAR_END,
        PAPER_OUT,
        COVER_OPEN,
        /** Takes every byte and never answers a status query. */
        SILENT,
        /** Not listening: connections are refused. */
        REFUSE
    }

    /** All bytes received on one connection; {@code dropped} when this printer broke it off. */
    public record Connection(byte[] bytes, boolean dropped) {

        public EscPosDecoder.Receipt receipt() {
            return EscPosDecoder.decode(bytes);
        }
    }

    private final ServerSocket server;
    private final BlockingQueue<Connection> connections = new LinkedBlockingQueue<>();
    private volatile State state;
    private volatile int dropAfterBytes = -1;

    private FakeEscPosPrinter(int port, State state) throws IOException {
        this.state = state;
        this.server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        if (state == State.REFUSE) {
            server.close(); // the port stays known, and nothing listens on it
        } else {
            Thread.ofPlatform().daemon().name("fake-printer-" + port()).start(this::acceptConnections);
        }
    }

    /** On an ephemeral port of 127.0.0.1. */
    public static FakeEscPosPrinter start(State state) throws IOException {
        return new FakeEscPosPrinter(0, state);
    }

    public static FakeEscPosPrinter start(int port, State state) throws IOException {
        return new FakeEscPosPrinter(port, state);
    }

    /**
     * On a fixed port, waiting up to {@code patience} for it to be free: browser and service tests use the
     * port of kiosk TEST-PRINT, and another test run on the same machine may hold it for a moment.
     */
    public static FakeEscPosPrinter startWhenFree(int port, State state, Duration patience) throws IOException, InterruptedException {
        long until = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                return new FakeEscPosPrinter(port, state);
            } catch (java.net.BindException e) {
                if (System.nanoTime() > until) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    public void state(State state) {
        if (state == State.REFUSE || this.state == State.REFUSE) {
            throw new IllegalArgumentException("start a printer that refuses with start(REFUSE)");
        }
        this.state = state;
    }

    /** Breaks each later connection off once it has received this many bytes (status queries count too). */
    public void dropAfterBytes(int bytes) {
        this.dropAfterBytes = bytes;
    }

    /** The next connection, once it has ended; fails when none ends within 10 s. */
    public Connection nextConnection() throws InterruptedException {
        Connection connection = connections.poll(WAIT_FOR_CONNECTION.toMillis(), TimeUnit.MILLISECONDS);
        if (connection == null) {
            throw new AssertionError("the fake printer saw no connection end within " + WAIT_FOR_CONNECTION);
        }
        return connection;
    }

    /** Whether a connection has ended that no one has taken yet. */
    public boolean hasConnection() {
        return !connections.isEmpty();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private void acceptConnections() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread.ofPlatform().daemon().name("fake-printer-connection").start(() -> serve(socket));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        boolean dropped = false;
        int limit = dropAfterBytes;
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            byte[] buffer = new byte[4096];
            int beforeLast = -1, last = -1; // the two bytes before the current one, to spot DLE EOT n
            int read;
            while ((read = in.read(buffer)) >= 0) {
                for (int i = 0; i < read; i++) {
                    if (limit >= 0 && received.size() >= limit) {
                        dropped = true;
                        break;
                    }
                    int b = buffer[i] & 0xFF;
                    received.write(b);
                    // a printer answers DLE EOT n as it arrives, whatever came before it
                    if (beforeLast == 0x10 && last == 0x04) {
                        Integer answer = answer(b);
                        if (answer != null) {
                            out.write(answer);
                            out.flush();
                        }
                    }
                    beforeLast = last;
                    last = b;
                }
                if (dropped) {
                    socket.setSoLinger(true, 0); // reset, as a printer that loses power mid-receipt
                    break;
                }
            }
        } catch (SocketException e) {
            // the kiosk reset the connection
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            connections.add(new Connection(received.toByteArray(), dropped));
        }
    }

    /** The status byte for DLE EOT n, after the Epson ESC/POS reference; {@code null} for none. */
    private Integer answer(int n) {
        State now = state;
        if (now == State.SILENT) {
            return null;
        }
        return switch (n) {
            case 1 -> now == State.PAPER_OUT || now == State.COVER_OPEN ? 0x1A : 0x12; // bit 3: offline
            case 2 -> switch (now) {
                case COVER_OPEN -> 0x16; // bit 2: cover open
                case PAPER_OUT -> 0x32;  // bit 5: stopped by paper end
                default -> 0x12;
            };
            case 3 -> 0x12;
            case 4 -> switch (now) {
                case PAPER_OUT -> 0x7E; // bits 5-6 paper end, bits 2-3 near end
                case NEAR_END -> 0x1E;  // bits 2-3: near end
                default -> 0x12;
            };
            default -> null;
        };
    }

    /** {@code [port [state]]}: listens until stopped and prints each receipt it receives as text. */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_PORT;
        State state = args.length > 1 ? State.valueOf(args[1]) : State.OK;
        try (FakeEscPosPrinter printer = start(port, state)) {
            System.out.println("Fake ESC/POS printer on 127.0.0.1:" + printer.port() + ", " + state + " (Ctrl+C to stop)");
            System.out.println("Rows start with ^ double height, # light on dark, * bold, | plain; QR codes follow the rows.");
            while (true) {
                Connection connection = printer.connections.take();
                System.out.println(describe(connection));
            }
        }
    }

    static String describe(Connection connection) {
        EscPosDecoder.Receipt receipt = EscPosDecoder.decodePartial(connection.bytes());
        StringBuilder text = new StringBuilder();
        text.append("--- ").append(connection.bytes().length).append(" bytes")
                .append(connection.dropped() ? ", connection dropped" : "")
                .append(", ").append(receipt.statusQueries()).append(" status queries\n");
        for (EscPosDecoder.Row row : receipt.rows()) {
            text.append(row.reversed() ? "#" : row.doubleHeight() ? "^" : row.bold() ? "*" : "|")
                    .append(row.text()).append('\n');
        }
        receipt.qrCodes().forEach(qr -> text.append("QR: ").append(qr).append('\n'));
        text.append(receipt.cut() ? "--- cut" : "--- (no cut)");
        return text.toString();
    }

    @Override
    public String toString() {
        return "FakeEscPosPrinter[" + port() + ", " + state + "]";
    }
}
