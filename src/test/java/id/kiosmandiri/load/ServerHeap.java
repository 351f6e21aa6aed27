package id.kiosmandiri.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server's used heap after a full GC, read with the JDK's jcmd: for retained heap per session. */
final class ServerHeap {

    /** "def new generation   total 9792K, used 1234K", "garbage-first heap   total 262144K, used 12345K" */
    private static final Pattern USED = Pattern.compile("total \\d+K, used (\\d+)K");

    private ServerHeap() {
    }

    static long usedAfterFullGcKb(String pid) {
        jcmd(pid, "GC.run");
        return usedKb(jcmd(pid, "GC.heap_info"));
    }

    /** The sum of every generation's (or region heap's) used size; metaspace is not heap. */
    static long usedKb(String heapInfo) {
        long used = 0;
        Matcher m = USED.matcher(heapInfo);
        while (m.find()) {
            used += Long.parseLong(m.group(1));
        }
        return used;
    }

    private static String jcmd(String pid, String command) {
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), pid, command)
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("jcmd " + command + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
