package org.evaluation.feedback;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.evaluation.api.RuleViolationException;
import org.evaluation.organisation.Organisation;
import org.evaluation.organisation.Unit;
import org.evaluation.platform.Versioned;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A service window (窗口) of a unit, with a code printed above it (A03) and a QR code that leads
 * to the service it is serving now: the last one recorded there, while unrated and recent.
 */
@Entity
@Table(name = "service_window")
@NamedQuery(name = "ServiceWindow.ofOrganisation",
        query = "SELECT w FROM ServiceWindow w WHERE w.organisation.id = :organisation ORDER BY w.code")
@NamedQuery(name = "ServiceWindow.byCode",
        query = "SELECT w FROM ServiceWindow w WHERE w.organisation.id = :organisation AND w.code = :code")
public class ServiceWindow implements Versioned {

    /** How long after a service the window's QR code still leads to it. */
    public static final Duration CURRENT_FOR = Duration.ofMinutes(30);

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{1,20}");

    @Id
    @SequenceGenerator(name = "service_window_seq", sequenceName = "service_window_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_window_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    private String code;

    private String name;

    private boolean active = true;

    @OneToOne
    @JoinColumn(name = "current_record_id")
    private ServiceRecord currentRecord;

    protected ServiceWindow() {
    }

    public ServiceWindow(Unit unit, String code, String name) {
        this.organisation = unit.getOrganisation();
        describe(unit, code, name);
    }

    /** Sets the window's unit (of the same organisation), code and name. */
    public void describe(Unit newUnit, String newCode, String newName) {
        if (!newUnit.getOrganisation().getId().equals(organisation.getId())) {
            throw new RuleViolationException("window.otherOrganisation", newUnit.getName());
        }
        String c = newCode == null ? "" : newCode.strip().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw new RuleViolationException("window.code.format", newCode);
        }
        if (newName == null || newName.isBlank()) {
            throw new RuleViolationException("window.name.required");
        }
        this.unit = newUnit;
        this.code = c;
        this.name = newName.strip();
    }

    public void activate(boolean inUse) {
        this.active = inUse;
        if (!inUse) {
            currentRecord = null;
        }
    }

    /** The window now serves this service: its QR code leads there until the next one. */
    void serve(ServiceRecord record) {
        if (!active) {
            throw new RuleViolationException("window.inactive", code);
        }
        this.currentRecord = record;
    }

    /** The service the QR code leads to at {@code now}, if there is one still to rate. */
    public Optional<ServiceRecord> currentService(LocalDateTime now) {
        if (!active || currentRecord == null
                || currentRecord.getServedAt().plus(CURRENT_FOR).isBefore(now)) {
            return Optional.empty();
        }
        return Optional.of(currentRecord);
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("unit", unit.getName());
        s.put("code", code);
        s.put("name", name);
        s.put("active", active);
        return s;
    }

    public Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }
}
