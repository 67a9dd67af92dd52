package org.evaluation.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.feedback.RatingService;
import org.evaluation.api.feedback.ServiceChannel;
import org.evaluation.organisation.Organisation;
import org.evaluation.organisation.Person;
import org.evaluation.organisation.Unit;
import org.evaluation.platform.RequiredText;
import org.evaluation.platform.Versioned;
import org.evaluation.platform.EncryptedText;
import org.evaluation.platform.PersonalData;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A service delivered (办件/服务记录): what a rating is about. It names the organisation, unit,
 * window and staff member the rating is attributed to, when it happened and how. The contact of
 * the person served is for whoever handles a case about it, and nobody else.
 */
@Entity
@Table(name = "service_record")
// a service of the key's organisation, the key not revoked and holding the right (ApiKey.require's rule)
@NamedQuery(name = "ServiceRecord.ofKey",
        query = "SELECT s FROM ServiceRecord s, ApiKey k JOIN k.rights r WHERE s.id = :record AND k.id = :key"
                + " AND k.revokedAt IS NULL AND r = :right AND s.organisationId = k.organisationId")
@NamedQuery(name = "ServiceRecord.byReference",
        query = "SELECT s FROM ServiceRecord s WHERE s.organisation.id = :organisation AND s.reference = :reference")
@NamedQuery(name = "ServiceRecord.recentOf",
        query = "SELECT s FROM ServiceRecord s WHERE s.servedBy.id = :person OR s.createdByAccountId = :account"
                + " ORDER BY s.servedAt DESC, s.id DESC")
@NamedQuery(name = "ServiceRecord.unratedBefore",
        query = "SELECT s FROM ServiceRecord s WHERE s.organisation.id = :organisation AND s.servedAt < :before"
                + " AND s.id NOT IN (SELECT r.serviceRecord.id FROM Rating r WHERE r.organisationId = :organisation)"
                + " ORDER BY s.id")
public class ServiceRecord implements Versioned {

    public static final int REFERENCE_MAX = 40;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    @Id
    @SequenceGenerator(name = "service_record_seq", sequenceName = "service_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_record_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne
    @JoinColumn(name = "window_id")
    private ServiceWindow window;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "served_by_id")
    private Person servedBy;

    // the same columns, read without loading what they refer to: a rating needs the ids alone
    @Column(name = "organisation_id", insertable = false, updatable = false)
    private Long organisationId;

    @Column(name = "unit_id", insertable = false, updatable = false)
    private Long unitId;

    @Column(name = "served_by_id", insertable = false, updatable = false)
    private Long servedById;

    private String reference;

    @Column(name = "service_item")
    private String serviceItem;

    @Column(name = "served_at")
    private LocalDateTime servedAt;

    @Enumerated(EnumType.STRING)
    private ServiceChannel channel;

    /** Encrypted in the database ({@link PersonalData}): a phone number, often. */
    @Convert(converter = EncryptedText.class)
    private String contact;

    @Column(name = "created_by_account_id")
    private Long createdByAccountId;

    @Column(name = "created_by_api_key_id")
    private Long createdByApiKeyId;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected ServiceRecord() {
    }

    /**
     * A service of {@code unit}, served by {@code servedBy} (optional, of the same organisation),
     * with the reference the delivering system gave it; a window's service is recorded with
     * {@link #atWindow}.
     */
    public ServiceRecord(Unit unit, Person servedBy, String reference, String serviceItem, LocalDateTime servedAt,
                         ServiceChannel channel, String contact, LocalDateTime createdAt) {
        this.organisation = unit.getOrganisation();
        this.unit = unit;
        if (servedBy != null && !servedBy.belongsTo(organisation)) {
            throw new RuleViolationException("serviceRecord.staffOtherOrganisation", servedBy.getName());
        }
        this.servedBy = servedBy;
        this.reference = required("reference", reference, REFERENCE_MAX);
        this.serviceItem = required("serviceItem", serviceItem, RatingService.SERVICE_ITEM_MAX);
        this.servedAt = Objects.requireNonNull(servedAt);
        if (servedAt.isAfter(createdAt.plusMinutes(5))) {
            throw new RuleViolationException("serviceRecord.servedAt.future");
        }
        this.channel = Objects.requireNonNull(channel);
        this.contact = optional("contact", contact, RatingService.CONTACT_MAX);
        this.createdAt = createdAt;
    }

    /** A service the staff member has just delivered at a window; the window now serves it. */
    public static ServiceRecord atWindow(ServiceWindow window, Person staff, long accountId, String serviceItem,
                                         String contact, LocalDateTime now, long sequence) {
        ServiceRecord r = new ServiceRecord(window.getUnit(), staff,
                window.getCode() + "-" + DAY.format(now) + "-" + sequence, serviceItem, now,
                ServiceChannel.WINDOW, contact, now);
        r.window = window;
        r.createdByAccountId = accountId;
        window.serve(r);
        return r;
    }

    public void createdBy(Long accountId, Long apiKeyId) {
        this.createdByAccountId = accountId;
        this.createdByApiKeyId = apiKeyId;
    }

    public void atWindow(ServiceWindow w) {
        if (w != null && !w.getOrganisation().getId().equals(organisation.getId())) {
            throw new RuleViolationException("window.otherOrganisation", w.getCode());
        }
        this.window = w;
    }

    private static String required(String field, String value, int max) {
        return RequiredText.of(value, "serviceRecord.required." + field, max, "serviceRecord.tooLong." + field);
    }

    private static String optional(String field, String value, int max) {
        return RequiredText.optional(value, max, "serviceRecord.tooLong." + field);
    }

    public Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    // the ids from the record's own columns once stored; from what they refer to before that
    public Long getOrganisationId() {
        return organisationId != null ? organisationId : organisation.getId();
    }

    public Long getUnitId() {
        return unitId != null ? unitId : unit.getId();
    }

    /** The staff member who served, by id; null when nobody is named. */
    public Long getServedById() {
        return servedById != null || servedBy == null ? servedById : servedBy.getId();
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Unit getUnit() {
        return unit;
    }

    public ServiceWindow getWindow() {
        return window;
    }

    public Person getServedBy() {
        return servedBy;
    }

    public String getReference() {
        return reference;
    }

    public String getServiceItem() {
        return serviceItem;
    }

    public LocalDateTime getServedAt() {
        return servedAt;
    }

    public ServiceChannel getChannel() {
        return channel;
    }

    /** The contact of the person served: only for the handler of a case about this service. */
    public String getContact() {
        return contact;
    }

    public Long getCreatedByAccountId() {
        return createdByAccountId;
    }

    public Long getCreatedByApiKeyId() {
        return createdByApiKeyId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
