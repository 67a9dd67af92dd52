package org.evaluation.feedback;

import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.evaluation.api.feedback.RatingKind;
import org.evaluation.api.feedback.RatingLevel;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Keeps the table {@code rating_day} (migration V24) in step with the ratings: whenever
 * EclipseLink writes a rating, new or changed (a rating given, held, verified, excluded, given by
 * default), the difference it makes to its day's figures is added to that row in the same
 * transaction, the row made when it is the first.
 * Registered on {@link Rating} by its
 * {@code @Customizer}: no code that changes a rating can forget it.
 * <p>
 * What a rating adds ({@link Counts#of}) is how it stands ({@link Rating#counting()}): an original
 * rating counts at its level when it is counted, and is pending, held, excluded or defaulted
 * otherwise, exactly one of them. Its organisation, unit, person and day never change once it is given.
 */
public class RatingDays extends DescriptorEventAdapter implements DescriptorCustomizer {

    private static final String[] COLUMNS = {"organisation_id", "served_on", "unit_id", "person_id", "stripe",
            "level_1", "level_2", "level_3", "level_4", "level_5", "pending", "held", "excluded", "defaulted"};
    private static final int KEY_COLUMNS = 5;
    /**
     * Over how many rows the figures of a unit's unnamed services of a day are spread (the rating's
     * id modulo this): an online platform's ratings of one unit given at the same moment would each
     * wait for the lock of one row until their transaction ends; spread, most go on at once. A
     * person's ratings come one citizen at a time and keep one row a day.
     */
    static final int STRIPES = 8;

    /** What one rating adds to its day's row: the counted ratings per level, then pending, held, excluded, defaulted. */
    record Counts(long[] values) {

        static final Counts NONE = new Counts(new long[COLUMNS.length - KEY_COLUMNS]);

        static Counts of(Rating rating) {
            long[] v = new long[COLUMNS.length - KEY_COLUMNS];
            if (rating.getKind() == RatingKind.ORIGINAL) {
                switch (rating.counting()) {
                    case COUNTED -> v[RatingLevel.of(rating.getLevel()).value() - 1] = 1;
                    case PENDING_VERIFICATION -> v[5] = 1;
                    case HELD -> v[6] = 1;
                    case EXCLUDED -> v[7] = 1;
                    case DEFAULTED -> v[8] = 1;
                    case SUPPLEMENTARY -> throw new IllegalStateException("an original rating is never supplementary");
                }
            }
            return new Counts(v);
        }

        Counts minus(Counts other) {
            long[] v = values.clone();
            for (int i = 0; i < v.length; i++) {
                v[i] -= other.values[i];
            }
            return new Counts(v);
        }

        boolean isNone() {
            return Arrays.stream(values).allMatch(x -> x == 0);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Counts c && Arrays.equals(values, c.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return Arrays.toString(values);
        }
    }

    @Override
    public void customize(ClassDescriptor descriptor) {
        descriptor.getEventManager().addListener(new RatingDays());
    }

    @Override
    public void postInsert(DescriptorEvent event) {
        add(event);
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
        add(event);
    }

    private static void add(DescriptorEvent event) {
        Rating rating = (Rating) event.getObject();
        Counts now = Counts.of(rating);
        Counts difference = now.minus(rating.figuredAs() == null ? Counts.NONE : rating.figuredAs());
        rating.figuredAs(now);
        if (difference.isNone()) {
            return;
        }
        List<Object> values = new ArrayList<>(COLUMNS.length);
        values.add(rating.getOrganisationId());
        values.add(Date.valueOf(rating.getServedOn()));
        values.add(rating.getUnitId());
        values.add(rating.getPersonId() == null ? 0L : rating.getPersonId());
        values.add(rating.getPersonId() == null ? (int) (rating.getId() % STRIPES) : 0);
        for (long v : difference.values()) {
            values.add(v);
        }
        AbstractSession session = event.getSession();
        boolean postgres = session.getPlatform().isPostgreSQL();
        try {
            session.executeQuery(query(postgres), values);
        } catch (DatabaseException sameDayAtOnce) {
            if (postgres) {
                throw sameDayAtOnce;
            }
            // H2: the day's first row was made by another transaction at the same moment; a failed
            // statement leaves this transaction as it was, and the row is there now
            session.executeQuery(query(false), values);
        }
    }

    /**
     * Adds the values to the row of the day, making it if need be: {@code INSERT … ON CONFLICT}
     * on PostgreSQL (safe when two transactions make the same row at once), {@code MERGE} on H2.
     */
    private static DataModifyQuery query(boolean postgres) {
        StringBuilder sql = new StringBuilder();
        String[] arguments = Arrays.stream(COLUMNS).map(c -> "#" + c).toArray(String[]::new);
        if (postgres) {
            sql.append("INSERT INTO rating_day (").append(String.join(", ", COLUMNS)).append(") VALUES (")
                    .append(String.join(", ", arguments)).append(") ON CONFLICT (")
                    .append(String.join(", ", Arrays.copyOf(COLUMNS, KEY_COLUMNS))).append(") DO UPDATE SET ");
            for (int i = KEY_COLUMNS; i < COLUMNS.length; i++) {
                sql.append(i > KEY_COLUMNS ? ", " : "").append(COLUMNS[i]).append(" = rating_day.").append(COLUMNS[i])
                        .append(" + EXCLUDED.").append(COLUMNS[i]);
            }
        } else {
            sql.append("MERGE INTO rating_day d USING (VALUES (").append(String.join(", ", arguments))
                    .append(")) s (").append(String.join(", ", COLUMNS)).append(") ON ");
            for (int i = 0; i < KEY_COLUMNS; i++) {
                sql.append(i > 0 ? " AND " : "").append("d.").append(COLUMNS[i]).append(" = s.").append(COLUMNS[i]);
            }
            sql.append(" WHEN MATCHED THEN UPDATE SET ");
            for (int i = KEY_COLUMNS; i < COLUMNS.length; i++) {
                sql.append(i > KEY_COLUMNS ? ", " : "").append(COLUMNS[i]).append(" = d.").append(COLUMNS[i])
                        .append(" + s.").append(COLUMNS[i]);
            }
            sql.append(" WHEN NOT MATCHED THEN INSERT (").append(String.join(", ", COLUMNS)).append(") VALUES (")
                    .append(Arrays.stream(COLUMNS).map(c -> "s." + c).reduce((a, b) -> a + ", " + b).orElseThrow())
                    .append(")");
        }
        DataModifyQuery query = new DataModifyQuery(new SQLCall(sql.toString()));
        for (String column : COLUMNS) {
            query.addArgument(column);
        }
        return query;
    }
}
