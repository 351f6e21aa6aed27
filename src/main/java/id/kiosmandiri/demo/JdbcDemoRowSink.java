package id.kiosmandiri.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Inserts generated rows in JDBC batches over one connection, parents before children, one
 * transaction per flush. Foreign keys are checked by the database as usual.
 */
final class JdbcDemoRowSink implements DemoRowSink {

    private static final int BATCH = 5_000;

    private final Connection connection;
    private final Table employers = new Table("INSERT INTO employer (id, npp, division, name, risk_class, labour_intensive, branch_code) VALUES (?, ?, ?, ?, ?, ?, ?)");
    private final Table members = new Table("INSERT INTO member (id, nik, full_name, birth_date, gender, phone, email, address, segment, status, branch_code, pin_hash, failed_pin_count, locked_until, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    private final Table cards = new Table("INSERT INTO membership_card (id, member_id, kpj, card_uid, segment, employer_id, jht_start, jp_start, merged, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    private final Table employments = new Table("INSERT INTO employment (id, member_id, employer_id, card_id, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?)");
    private final Table contributions = new Table("INSERT INTO contribution (card_id, member_id, employer_id, period, segment, reported_wage, back_pay, jht_employer, jht_worker, jp_employer, jp_worker, jkk, jkm, due_date, deposit_date, posting_date, late_penalty, paid_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    private final List<Table> inOrder = List.of(employers, members, cards, employments, contributions);
    private long contributionRows;
    private long memberRows;

    JdbcDemoRowSink(Connection connection) {
        this.connection = connection;
    }

    @Override public void employer(Object[] row) { add(employers, row); }
    @Override public void member(Object[] row) { memberRows++; add(members, row); }
    @Override public void card(Object[] row) { add(cards, row); }
    @Override public void employment(Object[] row) { add(employments, row); }
    @Override public void contribution(Object[] row) { contributionRows++; add(contributions, row); }

    long contributionRows() { return contributionRows; }
    long memberRows() { return memberRows; }

    private void add(Table table, Object[] row) {
        table.rows.add(row);
        if (table.rows.size() >= BATCH) {
            flush();
        }
    }

    @Override
    public void flush() {
        try {
            for (Table table : inOrder) {
                table.write(connection);
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Demo data could not be written: " + e.getMessage(), e);
        }
    }

    private static final class Table {
        final String sql;
        final List<Object[]> rows = new ArrayList<>();

        Table(String sql) {
            this.sql = sql;
        }

        void write(Connection connection) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            rows.clear();
        }
    }
}
