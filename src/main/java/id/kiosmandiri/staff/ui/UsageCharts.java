package id.kiosmandiri.staff.ui;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The analytics charts, drawn on the server by JFreeChart into SVG (JFreeSVG): no chart component,
 * no script in the browser. Labels come in translated; the exact figures stand in a table beside
 * each chart, so a chart only has to show the shape. Large type and two calm colours.
 */
final class UsageCharts {

    static final int WIDTH = 920;
    static final int HEIGHT = 380;
    static final Color BAR = new Color(0x2f, 0x7d, 0x5a);
    static final Color FAILED = new Color(0xd9, 0x8c, 0x3f);
    private static final Color GRID = new Color(0xdd, 0xe4, 0xe0);
    private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    private static final String FONT = Font.SANS_SERIF;
    /** Days are whole calendar days: drawn in UTC so no zone shifts a bar to the day before. */
    private static final TimeZone DAYS = TimeZone.getTimeZone("UTC");
    private static final StandardChartTheme THEME = theme();

    private UsageCharts() {
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("staff");
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 22));
        theme.setLargeFont(new Font(FONT, Font.PLAIN, 18));
        theme.setRegularFont(new Font(FONT, Font.PLAIN, 17));
        theme.setSmallFont(new Font(FONT, Font.PLAIN, 16));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(INK);
        theme.setTickLabelPaint(INK);
        theme.setLegendItemPaint(INK);
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        return theme;
    }

    /** Sessions per day, one bar a day, the axis labelled in the page's language. */
    static String perDay(List<LocalDate> days, List<Long> sessions, String valueAxis, Locale locale) {
        TimeSeries series = new TimeSeries("sessions");
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            series.add(new Day(day.getDayOfMonth(), day.getMonthValue(), day.getYear()), sessions.get(i));
        }
        TimeSeriesCollection data = new TimeSeriesCollection(series, DAYS);
        JFreeChart chart = new JFreeChart(new XYPlot(data, new DateAxis(), new NumberAxis(valueAxis), new XYBarRenderer(0.2)));
        chart.removeLegend();
        THEME.apply(chart);
        XYPlot plot = chart.getXYPlot();
        DateAxis axis = (DateAxis) plot.getDomainAxis();
        axis.setTimeZone(DAYS);
        long span = days.isEmpty() ? 0 : ChronoUnit.DAYS.between(days.getFirst(), days.getLast());
        SimpleDateFormat format = new SimpleDateFormat(span > 92 ? "MMM yyyy" : "d MMM", locale);
        format.setTimeZone(DAYS);
        axis.setDateFormatOverride(format);
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        integers(plot.getRangeAxis());
        plot.getRenderer().setSeriesPaint(0, BAR);
        return svg(chart, WIDTH, HEIGHT);
    }

    /** One vertical bar per label (the hours of the day). */
    static String columns(List<String> labels, List<Long> values, String categoryAxis, String valueAxis) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < labels.size(); i++) {
            data.addValue(values.get(i), "sessions", labels.get(i));
        }
        JFreeChart chart = categoryChart(data, categoryAxis, valueAxis, PlotOrientation.VERTICAL, new BarRenderer());
        chart.removeLegend();
        ((BarRenderer) chart.getCategoryPlot().getRenderer()).setItemMargin(0);
        chart.getCategoryPlot().getDomainAxis().setCategoryMargin(0.2);
        chart.getCategoryPlot().getRenderer().setSeriesPaint(0, BAR);
        return svg(chart, WIDTH, HEIGHT);
    }

    /** One horizontal bar per label (end reasons, features): as tall as the labels need. */
    static String bars(List<String> labels, List<Long> values, String valueAxis) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < labels.size(); i++) {
            data.addValue(values.get(i), "count", labels.get(i));
        }
        JFreeChart chart = categoryChart(data, null, valueAxis, PlotOrientation.HORIZONTAL, new BarRenderer());
        chart.removeLegend();
        chart.getCategoryPlot().getRenderer().setSeriesPaint(0, BAR);
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        chart.getCategoryPlot().setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        return svg(chart, WIDTH, Math.max(200, 90 + 46 * labels.size()));
    }

    /** Two series stacked per category (logins succeeded and failed per method), with a legend. */
    static String stacked(List<String> categories, String firstSeries, List<Long> first, String secondSeries, List<Long> second,
                          String valueAxis) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < categories.size(); i++) {
            data.addValue(first.get(i), firstSeries, categories.get(i));
            data.addValue(second.get(i), secondSeries, categories.get(i));
        }
        JFreeChart chart = categoryChart(data, null, valueAxis, PlotOrientation.VERTICAL, new StackedBarRenderer());
        chart.getCategoryPlot().getRenderer().setSeriesPaint(0, BAR);
        chart.getCategoryPlot().getRenderer().setSeriesPaint(1, FAILED);
        ((BarRenderer) chart.getCategoryPlot().getRenderer()).setMaximumBarWidth(0.18);
        return svg(chart, WIDTH, HEIGHT);
    }

    private static JFreeChart categoryChart(DefaultCategoryDataset data, String categoryAxis, String valueAxis,
                                            PlotOrientation orientation, BarRenderer renderer) {
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(categoryAxis), new NumberAxis(valueAxis), renderer);
        plot.setOrientation(orientation);
        JFreeChart chart = new JFreeChart(plot);
        THEME.apply(chart);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        integers(plot.getRangeAxis());
        return chart;
    }

    /** Counts: whole-number ticks, and an axis up to at least 1 when everything is zero. */
    private static void integers(org.jfree.chart.axis.ValueAxis axis) {
        NumberAxis numbers = (NumberAxis) axis;
        numbers.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        numbers.setAutoRangeMinimumSize(1);
        numbers.setAutoRangeIncludesZero(true);
    }

    /** The chart as an SVG element that scales to its box (a view box, no fixed size). */
    static String svg(JFreeChart chart, int width, int height) {
        chart.setPadding(new RectangleInsets(12, 8, 8, 16)); // room for the top tick label
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null);
    }

    /**
     * The SVG as a {@code data:} address for an {@code <img>}: an image cannot run script or reach
     * the page, so names from the kiosk configuration inside a chart can do no harm there, and it
     * needs no extra request (an inline SVG would share the page's DOM and styles).
     */
    static String dataUri(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }
}
