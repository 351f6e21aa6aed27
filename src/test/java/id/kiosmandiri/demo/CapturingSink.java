package id.kiosmandiri.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Keeps every generated row in memory, per table, instead of writing it. */
final class CapturingSink implements DemoRowSink {

    final List<List<Object>> employers = new ArrayList<>();
    final List<List<Object>> members = new ArrayList<>();
    final List<List<Object>> cards = new ArrayList<>();
    final List<List<Object>> employments = new ArrayList<>();
    final List<List<Object>> contributions = new ArrayList<>();
    int flushes;

    private static List<Object> copy(Object[] row) {
        return Arrays.asList(row.clone()); // rows hold nulls: no List.of
    }

    @Override public void employer(Object[] row) { employers.add(copy(row)); }
    @Override public void member(Object[] row) { members.add(copy(row)); }
    @Override public void card(Object[] row) { cards.add(copy(row)); }
    @Override public void employment(Object[] row) { employments.add(copy(row)); }
    @Override public void contribution(Object[] row) { contributions.add(copy(row)); }
    @Override public void flush() { flushes++; }
}
