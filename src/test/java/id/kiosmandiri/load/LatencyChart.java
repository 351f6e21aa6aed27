package id.kiosmandiri.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws docs/benchmarks.md's chart: request latency (p50, p95, p99, log scale) against busy kiosks, one
 * line style per server version, from a CSV the load runs were copied into ({@code version,kiosks,p50,p95,p99}
 * in milliseconds). Plain SVG, so the document shows it without any chart library.
 *
 * <pre>java LatencyChart.java docs/benchmarks/capacity.csv docs/benchmarks/capacity.svg</pre>
 */
public final class LatencyChart {

    private static final int WIDTH = 880;
    private static final int HEIGHT = 520;
    private static final int LEFT = 80;
    private static final int RIGHT = 200;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;
    private static final double MIN_MS = 1;
    private static final double MAX_MS = 100_000;
    private static final String[] PERCENTILES = {"p50", "p95", "p99"};
    private static final String[] COLOURS = {"#1b7f3b", "#c26a00", "#b3261e"};
    private static final String[] DASHES = {"", "8 5", "2 4"};

    record Point(int kiosks, double[] ms) {
    }

    private LatencyChart() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, List<Point>> versions = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isBlank() || line.startsWith("version")) {
                continue;
            }
            String[] f = line.split(",");
            versions.computeIfAbsent(f[0].strip(), v -> new ArrayList<>()).add(new Point(Integer.parseInt(f[1].strip()),
                    new double[]{Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])}));
        }
        Files.writeString(Path.of(args[1]), svg(versions));
    }

    static String svg(Map<String, List<Point>> versions) {
        int maxKiosks = versions.values().stream().flatMap(List::stream).mapToInt(Point::kiosks).max().orElse(100);
        int xMax = (int) Math.ceil(maxKiosks / 200.0) * 200;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' font-family='sans-serif' font-size='13'>%n",
                WIDTH, HEIGHT));
        s.append("<rect width='100%' height='100%' fill='white'/>\n");
        s.append(String.format(Locale.ROOT, "<text x='%d' y='24' font-size='16' font-weight='bold'>Request latency against busy kiosks (server and MariaDB on one core)</text>%n", LEFT));
        // the goal: p95 100 ms, p99 250 ms
        for (double goal : new double[]{100, 250}) {
            s.append(String.format(Locale.ROOT, "<line x1='%d' x2='%d' y1='%.1f' y2='%.1f' stroke='#888' stroke-dasharray='3 3'/>"
                    + "<text x='%d' y='%.1f' fill='#555'>goal: %s %.0f ms</text>%n", LEFT, WIDTH - RIGHT, y(goal), y(goal),
                    LEFT + 8, y(goal) - 5, goal == 100 ? "p95" : "p99", goal));
        }
        for (double ms = MIN_MS; ms <= MAX_MS; ms *= 10) {
            s.append(String.format(Locale.ROOT, "<line x1='%d' x2='%d' y1='%.1f' y2='%.1f' stroke='#ddd'/><text x='%d' y='%.1f' text-anchor='end'>%s</text>%n",
                    LEFT, WIDTH - RIGHT, y(ms), y(ms), LEFT - 8, y(ms) + 4, ms >= 1000 ? (int) (ms / 1000) + " s" : (int) ms + " ms"));
        }
        for (int k = 0; k <= xMax; k += 200) {
            double x = x(k, xMax);
            s.append(String.format(Locale.ROOT, "<line x1='%.1f' x2='%.1f' y1='%d' y2='%d' stroke='#ddd'/><text x='%.1f' y='%d' text-anchor='middle'>%d</text>%n",
                    x, x, TOP, HEIGHT - BOTTOM, x, HEIGHT - BOTTOM + 18, k));
        }
        s.append(String.format(Locale.ROOT, "<text x='%d' y='%d' text-anchor='middle'>busy kiosks</text>%n",
                LEFT + (WIDTH - LEFT - RIGHT) / 2, HEIGHT - 16));
        int legend = 0;
        int version = 0;
        for (Map.Entry<String, List<Point>> entry : versions.entrySet()) {
            List<Point> points = entry.getValue().stream().sorted(java.util.Comparator.comparingInt(Point::kiosks)).toList();
            for (int p = 0; p < PERCENTILES.length; p++) {
                StringBuilder path = new StringBuilder();
                for (Point point : points) {
                    path.append(path.isEmpty() ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x(point.kiosks(), xMax),
                            y(point.ms()[p])));
                }
                s.append(String.format(Locale.ROOT, "<path d='%s' fill='none' stroke='%s' stroke-width='%d' stroke-dasharray='%s'/>%n",
                        path, COLOURS[p], version == 0 ? 3 : 2, version == 0 ? "" : DASHES[Math.min(version, DASHES.length - 1)]));
                for (Point point : points) {
                    s.append(String.format(Locale.ROOT, "<circle cx='%.1f' cy='%.1f' r='3.5' fill='%s'/>%n", x(point.kiosks(), xMax),
                            y(point.ms()[p]), COLOURS[p]));
                }
                int ly = TOP + 20 + 20 * legend++;
                s.append(String.format(Locale.ROOT, "<line x1='%d' x2='%d' y1='%d' y2='%d' stroke='%s' stroke-width='%d' stroke-dasharray='%s'/>"
                                + "<text x='%d' y='%d'>%s %s</text>%n", WIDTH - RIGHT + 6, WIDTH - RIGHT + 36, ly + 60, ly + 60, COLOURS[p],
                        version == 0 ? 3 : 2, version == 0 ? "" : DASHES[Math.min(version, DASHES.length - 1)], WIDTH - RIGHT + 42, ly + 64,
                        entry.getKey(), PERCENTILES[p]));
            }
            version++;
        }
        return s.append("</svg>\n").toString();
    }

    private static double x(int kiosks, int xMax) {
        return LEFT + (double) kiosks / xMax * (WIDTH - LEFT - RIGHT);
    }

    private static double y(double ms) {
        double clamped = Math.max(MIN_MS, Math.min(MAX_MS, ms));
        double share = (Math.log10(clamped) - Math.log10(MIN_MS)) / (Math.log10(MAX_MS) - Math.log10(MIN_MS));
        return HEIGHT - BOTTOM - share * (HEIGHT - TOP - BOTTOM);
    }
}
