package id.kiosmandiri.receipt;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;

/**
 * A thermal receipt printer on the network that takes raw ESC/POS on a TCP port (usually 9100).
 *
 * <p>One print is one connection: ask the printer's real-time status (cover, paper, error) and print
 * nothing if it cannot print; otherwise send the whole receipt, built in memory beforehand, in one write;
 * then ask the status once more. That second answer comes only after the printer has received every byte
 * before it, so it confirms delivery (TCP alone would not tell us that the printer dropped the connection
 * halfway). It does not prove that the paper came out: printers answer status queries before they have
 * finished printing.
 */
public final class EscPosTcpPrinter implements ReceiptPrinter {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    // DLE EOT n, the real-time status query; escpos-coffee has no method for it
    private static final int DLE = 0x10;
    private static final int EOT = 0x04;
    private static final byte[] STATUS_QUERY = {
            DLE, EOT, PrinterStatus.OFFLINE_CAUSE,
            DLE, EOT, PrinterStatus.PAPER_SENSOR};

    private final String host;
    private final int port;
    private final Duration connectTimeout;
    private final Duration answerTimeout;
    private final EscPosReceiptWriter writer;

    /** With the default timeouts: 3 s to connect, 3 s for each status answer. */
    public EscPosTcpPrinter(String host, int port, int paperWidthMm) {
        this(host, port, paperWidthMm, DEFAULT_TIMEOUT, DEFAULT_TIMEOUT);
    }

    /**
     * @param paperWidthMm  80 or 58
     * @param answerTimeout how long to wait for the printer's answer to a status query
     */
    public EscPosTcpPrinter(String host, int port, int paperWidthMm, Duration connectTimeout, Duration answerTimeout) {
        this.host = Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1 to 65535, was " + port);
        }
        this.port = port;
        this.connectTimeout = positive(connectTimeout, "connectTimeout");
        this.answerTimeout = positive(answerTimeout, "answerTimeout");
        this.writer = new EscPosReceiptWriter(paperWidthMm);
    }

    /** One print at a time: the printer takes one connection, and two receipts must not interleave. */
    @Override
    public synchronized PrintOutcome print(ReceiptDocument document) {
        byte[] receipt = writer.bytes(document);
        try (Socket socket = new Socket()) {
            try {
                socket.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            } catch (SocketTimeoutException e) {
                return failed(PrintOutcome.Status.NO_ANSWER, false, "no connection within " + connectTimeout.toMillis() + " ms");
            } catch (IOException e) {
                // refused, unknown host, no route, network unreachable
                return failed(PrintOutcome.Status.REFUSED, false, e.toString());
            }
            socket.setTcpNoDelay(true);
            return print(socket, receipt);
        } catch (IOException e) {
            // closing, or setting a socket option, failed: nothing useful was sent before either
            return failed(PrintOutcome.Status.SEND_FAILED, false, e.toString());
        }
    }

    private PrintOutcome print(Socket socket, byte[] receipt) throws IOException {
        PrinterStatus before;
        try {
            before = status(socket);
        } catch (SocketTimeoutException e) {
            return failed(PrintOutcome.Status.NO_ANSWER, false, "no status answer within " + answerTimeout.toMillis() + " ms");
        } catch (IOException e) {
            return failed(PrintOutcome.Status.SEND_FAILED, false, "before the receipt: " + e);
        }
        if (before.problem() != null) {
            return new PrintOutcome(before.problem(), false, before.paperNearEnd(), before.toString());
        }
        PrinterStatus after;
        try {
            OutputStream out = socket.getOutputStream();
            out.write(receipt);
            out.flush();
            after = status(socket);
        } catch (SocketTimeoutException e) {
            return failed(PrintOutcome.Status.NO_ANSWER, true, "no status answer after the receipt within " + answerTimeout.toMillis() + " ms");
        } catch (IOException e) {
            return failed(PrintOutcome.Status.SEND_FAILED, true, e.toString());
        }
        boolean nearEnd = before.paperNearEnd() || after.paperNearEnd();
        if (after.problem() != null) {
            // the paper ran out or the cover was opened during the print: part of it may have come out
            return new PrintOutcome(after.problem(), true, nearEnd, after.toString());
        }
        return new PrintOutcome(PrintOutcome.Status.PRINTED, false, nearEnd, after.toString());
    }

    /** Sends both status queries at once and reads their two answers within the answer timeout. */
    private PrinterStatus status(Socket socket) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(STATUS_QUERY);
        out.flush();
        long deadline = System.nanoTime() + answerTimeout.toNanos();
        int offlineCause = readStatusAnswer(socket, deadline);
        int paperSensor = readStatusAnswer(socket, deadline);
        return new PrinterStatus(offlineCause, paperSensor);
    }

    private static int readStatusAnswer(Socket socket, long deadline) throws IOException {
        InputStream in = socket.getInputStream();
        while (true) {
            long remainingMillis = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
            if (remainingMillis <= 0) {
                throw new SocketTimeoutException("status answer timed out");
            }
            socket.setSoTimeout((int) remainingMillis);
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the printer closed the connection");
            }
            if (PrinterStatus.isStatusAnswer(b)) {
                return b;
            }
            // anything else (an automatic status message, if the printer sends those) is not our answer
        }
    }

    private static PrintOutcome failed(PrintOutcome.Status status, boolean partiallySent, String detail) {
        return new PrintOutcome(status, partiallySent, false, detail);
    }

    private static Duration positive(Duration timeout, String name) {
        // whole milliseconds: the socket takes those, and 0 would mean waiting for ever
        if (timeout == null || timeout.toMillis() < 1 || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be 1 ms or longer, was " + timeout);
        }
        return timeout;
    }

    @Override
    public String toString() {
        return "EscPosTcpPrinter[" + host + ":" + port + "]";
    }
}
