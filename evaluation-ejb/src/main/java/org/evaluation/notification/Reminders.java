package org.evaluation.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.evaluation.platform.Today;

import java.util.logging.Logger;

/**
 * Looks for due deadline reminders every quarter of an hour on every instance; the claims of
 * {@link ReminderDelivery} keep each reminder to one delivery however many instances run.
 */
@Singleton
@PermitAll
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class.getName());

    @Inject
    private ReminderScan scan;

    @Inject
    private Today today;

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyQuarterHour() {
        int delivered = scan.scan(today.date());
        if (delivered > 0) {
            LOG.info(() -> delivered + " deadline reminders delivered.");
        }
    }
}
