package id.kiosmandiri.demo;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Inserts generated rows in JDBC batches. The generator fills one batch while up to
 * {@link #WRITERS} earlier batches are written, each on its own pooled connection in its own
 * transaction, so the database server works on both cores while the generator runs.
 *
 * <p>Batches may therefore commit out of order, which is safe because every row carries its
 * id (the data does not depend on insert order) and the writers switch off foreign-key and
 * unique checks for their session (a child row may land before its parent). The generator
 * makes consistent, unique rows by construction; the benchmark checks the result.
 */
final class DemoRowSink implements AutoCloseable {

    /** Rows of the largest table per batch; larger batches measured no faster. */
    static final int BATCH = 5_000;
    /**
     * Batches written at once. The server spends about 8 µs of CPU per contribution row against
     * 2-3 µs for generating and sending it, so a second writer keeps a second core busy. On two
     * cores, 25,000 members loaded in 14 s with two writers, 19 s with one and 20 s with three
     * (the server then spends its time on contention).
     */
    static final int WRITERS = Math.min(2, Runtime.getRuntime().availableProcessors());

    private static final String EMPLOYER = "INSERT INTO employer (id, npp, division, name, risk_class, labour_intensive, branch_code) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String MEMBER = "INSERT INTO member (id, nik, full_name, birth_date, gender, phone, email, address, segment, status, branch_code, pin_hash, failed_pin_count, locked_until, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String CARD = "INSERT INTO membership_card (id, member_id, kpj, card_uid, segment, employer_id, jht_start, jp_start, merged, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String EMPLOYMENT = "INSERT INTO employment (id, member_id, employer_id, card_id, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?)";
    /** The id comes last, after the columns the generator has always produced in this order. */
    private static final String CONTRIBUTION = "INSERT INTO contribution (card_id, member_id, employer_id, period, segment, reported_wage, back_pay, jht_employer, jht_worker, jp_employer, jp_worker, jkk, jkm, due_date, deposit_date, posting_date, late_penalty, paid_by, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final ExecutorService writers = Executors.newFixedThreadPool(WRITERS, r -> new Thread(r, "demo-data-writer"));
    /** One permit per batch being written or waiting: the generator never runs far ahead. */
    private final Semaphore inFlight = new Semaphore(WRITERS + 1);
    private final List<Future<?>> written = new ArrayList<>();
    private Batch batch = new Batch();
    private long contributionRows;
    private long memberRows;

    DemoRowSink(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void employer(Object[] row) { add(batch.employers, row); }
    void member(Object[] row) { memberRows++; add(batch.members, row); }
    void card(Object[] row) { add(batch.cards, row); }
    void employment(Object[] row) { add(batch.employments, row); }
    void contribution(Object[] row) { contributionRows++; add(batch.contributions, row); }

    long contributionRows() { return contributionRows; }
    long memberRows() { return memberRows; }

    private void add(List<Object[]> rows, Object[] row) {
        rows.add(row);
        if (rows.size() >= BATCH) {
            flush();
        }
    }

    /** Hands the current batch to a writer; waits while all writers are busy. */
    void flush() {
        Batch full = batch;
        batch = new Batch();
        if (full.isEmpty()) {
            return;
        }
        failIfAWriterFailed();
        inFlight.acquireUninterruptibly();
        written.add(writers.submit(() -> {
            try {
                write(full);
                return null;
            } finally {
                inFlight.release();
            }
        }));
    }

    /** Waits for every writer (call {@link #flush()} first); throws the first writer's failure. */
    @Override
    public void close() {
        writers.shutdown();
        for (Future<?> f : written) {
            result(f);
        }
    }

    private void failIfAWriterFailed() {
        written.removeIf(f -> f.isDone() && result(f));
    }

    private static boolean result(Future<?> f) {
        try {
            f.get();
            return true;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Demo data could not be written: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing demo data", e);
        }
    }

    private void write(Batch b) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                st.execute("SET SESSION unique_checks = 0, foreign_key_checks = 0");
            }
            try {
                insert(connection, EMPLOYER, b.employers);
                insert(connection, MEMBER, b.members);
                insert(connection, CARD, b.cards);
                insert(connection, EMPLOYMENT, b.employments);
                insert(connection, CONTRIBUTION, b.contributions);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                // the connection goes back to the pool: give it back its checks
                try (Statement st = connection.createStatement()) {
                    st.execute("SET SESSION unique_checks = DEFAULT, foreign_key_checks = DEFAULT");
                }
            }
        }
    }

    /** One executeBatch, sent by Connector/J as one bulk command (its default for INSERT). */
    private static void insert(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    bind(ps, i + 1, row[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Typed setters where there are some: for setObject the driver tries its codecs one by one,
     * which cost more client time than generating the rows.
     */
    private static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        switch (value) {
            case null -> ps.setNull(index, Types.NULL);
            case Long n -> ps.setLong(index, n);
            case Integer n -> ps.setInt(index, n);
            case String text -> ps.setString(index, text);
            case Boolean b -> ps.setBoolean(index, b);
            case java.sql.Date date -> ps.setDate(index, date);
            case Timestamp time -> ps.setTimestamp(index, time);
            default -> ps.setObject(index, value);
        }
    }

    /** Rows of each table, written parents first in one transaction. */
    private static final class Batch {
        final List<Object[]> employers = new ArrayList<>();
        final List<Object[]> members = new ArrayList<>();
        final List<Object[]> cards = new ArrayList<>();
        final List<Object[]> employments = new ArrayList<>();
        final List<Object[]> contributions = new ArrayList<>();

        boolean isEmpty() {
            return employers.isEmpty() && members.isEmpty() && cards.isEmpty() && employments.isEmpty()
                    && contributions.isEmpty();
        }
    }
}
