package org.evaluation.platform;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Encrypts the personal values stored before encryption ({@link PersonalData}) and gives ID numbers
 * their blind index: at start-up, after the schema migrations, since the key is not in the
 * database. Each row is rewritten only while it still holds the value read, so that instances
 * starting together never encrypt a value twice.
 */
public final class PersonalDataMigration {

    private static final Logger LOG = Logger.getLogger(PersonalDataMigration.class.getName());
    private static final int BATCH = 500;

    /** Table, column, and the column of its blind index (or null). */
    private record Column(String table, String column, String index) {
    }

    private static final List<Column> ENCRYPTED = List.of(
            new Column("person", "id_number", "id_number_index"),
            new Column("hotline_order", "caller_phone", null),
            new Column("service_record", "contact", null));

    private PersonalDataMigration() {
    }

    public static void run(DataSource dataSource, PersonalData personalData) {
        for (Column c : ENCRYPTED) {
            try (Connection connection = dataSource.getConnection()) {
                int done = encrypt(connection, c, personalData);
                if (done > 0) {
                    LOG.info(() -> "Encrypted " + done + " values of " + c.table() + "." + c.column());
                }
            } catch (SQLException e) {
                throw new IllegalStateException("The values of " + c.table() + "." + c.column()
                        + " could not be encrypted", e);
            }
        }
    }

    private static int encrypt(Connection connection, Column c, PersonalData personalData) throws SQLException {
        String select = "SELECT id, " + c.column() + " FROM " + c.table() + " WHERE " + c.column()
                + " IS NOT NULL AND " + c.column() + " NOT LIKE '" + PersonalData.PREFIX + "%' ORDER BY id";
        String update = "UPDATE " + c.table() + " SET " + c.column() + " = ?"
                + (c.index() == null ? "" : ", " + c.index() + " = ?") + " WHERE id = ? AND " + c.column() + " = ?";
        int done = 0;
        while (true) {
            List<Object[]> plain = new ArrayList<>();
            try (PreparedStatement q = connection.prepareStatement(select)) {
                q.setMaxRows(BATCH);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        plain.add(new Object[]{r.getLong(1), r.getString(2)});
                    }
                }
            }
            if (plain.isEmpty()) {
                return done;
            }
            try (PreparedStatement u = connection.prepareStatement(update)) {
                for (Object[] row : plain) {
                    String value = (String) row[1];
                    int i = 1;
                    u.setString(i++, personalData.encrypt(value));
                    if (c.index() != null) {
                        u.setString(i++, personalData.index(value));
                    }
                    u.setLong(i++, (Long) row[0]);
                    u.setString(i, value);
                    done += u.executeUpdate();
                }
            }
        }
    }
}
