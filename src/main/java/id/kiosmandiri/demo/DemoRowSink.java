package id.kiosmandiri.demo;

/**
 * Where {@link DemoDataGenerator} puts its rows, one {@code Object[]} per row in the column order
 * of the matching INSERT in {@link JdbcDemoRowSink}. An interface so tests can capture the rows.
 */
interface DemoRowSink {

    void employer(Object[] row);

    void member(Object[] row);

    void card(Object[] row);

    void employment(Object[] row);

    void contribution(Object[] row);

    /** Writes whatever is still buffered. */
    void flush();
}
