package id.kiosmandiri.receipt;

/**
 * Sends a sample JHT balance slip to a network receipt printer (by default the fake one on
 * 127.0.0.1:9100) and prints the outcome:
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=id.kiosmandiri.receipt.PrintSampleReceipt [-Dexec.args="127.0.0.1 9100 58 reprint"]
 * </pre>
 */
final class PrintSampleReceipt {

    private PrintSampleReceipt() {
    }

    /** {@code [host [port [paper width mm [reprint]]]]}. */
    public static void main(String[] args) {
        String host = args.length > 0 ? args[0] : "127.0.0.1";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : FakeEscPosPrinter.DEFAULT_PORT;
        int paperWidthMm = args.length > 2 ? Integer.parseInt(args[2]) : 80;
        boolean reprint = args.length > 3 && args[3].equals("reprint");
        ReceiptDocument receipt = SampleReceipts.balance("Siti Rahayu");
        PrintOutcome outcome = new EscPosTcpPrinter(host, port, paperWidthMm)
                .print(reprint ? receipt.asReprint(SampleReceipts.REPRINT_LABEL) : receipt);
        System.out.println(outcome);
    }
}
