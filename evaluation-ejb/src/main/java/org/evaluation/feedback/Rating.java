package org.evaluation.feedback;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PostLoad;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Customizer;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.feedback.ExclusionReason;
import org.evaluation.api.feedback.HoldReason;
import org.evaluation.api.feedback.Indicator;
import org.evaluation.api.feedback.RatingChannel;
import org.evaluation.api.feedback.RatingKind;
import org.evaluation.api.feedback.RatingLevel;
import org.evaluation.api.feedback.RatingReceipt;
import org.evaluation.api.feedback.RatingStanding;
import org.evaluation.api.feedback.RatingSubmission;
import org.evaluation.api.feedback.ServiceTag;
import org.evaluation.api.feedback.evidence.RatingCounting;
import org.evaluation.platform.Versioned;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A rating of one service (一次一评): never edited once given. A service has one original rating
 * and at most one supplementary rating (追评) within the organisation's supplementary period.
 * <p>
 * A 差评 (level 1 or 2) waits for verification; only once verified valid does it count against
 * the person, and one excluded as mistaken or malicious stays visible as excluded. A rating the
 * platform gave by default is marked as such and never counted with the real ones. The column
 * {@code counted} holds the result, so that figures are one condition: an original rating, not
 * defaulted, and counted.
 */
@Entity
@Table(name = "rating")
@Customizer(RatingDays.class)
@NamedQuery(name = "Rating.ofRecord",
        query = "SELECT r FROM Rating r WHERE r.serviceRecord.id = :record ORDER BY r.kind")
public class Rating implements Versioned {

    @Id
    @SequenceGenerator(name = "rating_seq", sequenceName = "rating_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rating_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_record_id")
    private ServiceRecord serviceRecord;

    /** The service's id, read without loading the service. */
    @Column(name = "service_record_id", insertable = false, updatable = false)
    private Long serviceRecordId;

    /** What the figures of its day hold of this rating ({@link RatingDays}); null before it is stored. */
    @Transient
    private RatingDays.Counts figuredAs;

    @Enumerated(EnumType.STRING)
    private RatingKind kind;

    @Column(name = "rating_level")
    private int level;

    @Enumerated(EnumType.STRING)
    private RatingChannel channel;

    @Column(name = "rating_comment")
    private String comment;

    @Column(name = "paper_form_number")
    private String paperFormNumber;

    @Column(name = "rated_at")
    private LocalDateTime ratedAt;

    private boolean defaulted;

    @Enumerated(EnumType.STRING)
    private RatingStanding standing;

    @Enumerated(EnumType.STRING)
    @Column(name = "exclusion_reason")
    private ExclusionReason exclusionReason;

    @Column(name = "standing_note")
    private String standingNote;

    private boolean counted;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "served_on")
    private LocalDate servedOn;

    @Column(name = "entered_by_account_id")
    private Long enteredByAccountId;

    @Column(name = "api_key_id")
    private Long apiKeyId;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "request_fingerprint")
    private String requestFingerprint;

    @Column(name = "device_hash")
    private String deviceHash;

    @Column(name = "address_hash")
    private String addressHash;

    @Column(name = "hold_reasons")
    private String holdReasons;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rating_indicator", joinColumns = @JoinColumn(name = "rating_id"))
    @MapKeyColumn(name = "indicator")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "score")
    private Map<Indicator, Integer> indicators = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rating_tag", joinColumns = @JoinColumn(name = "rating_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "tag")
    private Set<ServiceTag> tags = new HashSet<>();

    protected Rating() {
    }

    private Rating(ServiceRecord record, RatingKind kind, RatingSubmission s, Rater rater, LocalDateTime now,
                   boolean defaulted) {
        this.serviceRecord = record;
        this.kind = kind;
        this.level = RatingLevel.of(s.level()).value();
        this.channel = s.channel();
        this.comment = s.comment();
        this.paperFormNumber = s.paperFormNumber();
        this.ratedAt = now;
        this.defaulted = defaulted;
        this.indicators.putAll(s.indicators());
        this.tags.addAll(s.tags());
        this.organisationId = record.getOrganisationId();
        this.unitId = record.getUnitId();
        this.personId = record.getServedById();
        this.servedOn = record.getServedAt().toLocalDate();
        this.enteredByAccountId = rater.accountId();
        this.apiKeyId = rater.apiKeyId();
        this.deviceHash = rater.deviceHash();
        this.addressHash = rater.addressHash();
        this.standing = !defaulted && RatingLevel.of(level).isNegative()
                ? RatingStanding.PENDING_VERIFICATION : RatingStanding.COUNTED;
        recount();
    }

    /**
     * The first rating of a service, by someone who neither served it nor recorded it. The
     * caller checks that the service has no rating yet; the database's unique key holds the rule
     * when two arrive at once.
     */
    public static Rating original(ServiceRecord record, RatingSubmission s, Rater rater, LocalDateTime now) {
        check(record, s, rater, now);
        return new Rating(record, RatingKind.ORIGINAL, s, rater, now, false);
    }

    /** The one supplementary rating (追评), within {@code supplementaryDays} of the original. */
    public static Rating supplementary(ServiceRecord record, Rating original, RatingSubmission s, Rater rater,
                                       LocalDateTime now, int supplementaryDays) {
        check(record, s, rater, now);
        if (original.defaulted) {
            throw new RuleViolationException("rating.supplement.afterDefault");
        }
        LocalDate until = supplementUntil(original, supplementaryDays);
        if (until == null || now.toLocalDate().isAfter(until)) {
            throw new RuleViolationException("rating.alreadyRated");
        }
        return new Rating(record, RatingKind.SUPPLEMENTARY, s, rater, now, false);
    }

    /**
     * The default rating 基本满意 of a service nobody rated in time: marked as defaulted and kept
     * apart from the real ratings.
     */
    public static Rating byDefault(ServiceRecord record, LocalDateTime now) {
        return new Rating(record, RatingKind.ORIGINAL,
                RatingSubmission.of(RatingLevel.BASICALLY_SATISFIED.value(), RatingChannel.SYSTEM),
                Rater.ANONYMOUS, now, true);
    }

    /** The last day a supplementary rating to {@code original} is accepted, or null if none is. */
    public static LocalDate supplementUntil(Rating original, int supplementaryDays) {
        if (original.defaulted || supplementaryDays <= 0) {
            return null;
        }
        return original.ratedAt.toLocalDate().plusDays(supplementaryDays);
    }

    private static void check(ServiceRecord record, RatingSubmission s, Rater rater, LocalDateTime now) {
        Objects.requireNonNull(s.channel());
        if (s.channel() == RatingChannel.SYSTEM) {
            throw new RuleViolationException("rating.channel.system");
        }
        if (rater.personId() != null && rater.personId().equals(record.getServedById())) {
            throw new RuleViolationException("rating.ownService");
        }
        if (rater.accountId() != null && rater.accountId().equals(record.getCreatedByAccountId())) {
            throw new RuleViolationException("rating.ownRecord");
        }
        RatingLevel.of(s.level());
        for (Map.Entry<Indicator, Integer> e : s.indicators().entrySet()) {
            if (!record.getChannel().indicators().contains(e.getKey())) {
                throw new RuleViolationException("rating.indicator.notForChannel", e.getKey().name());
            }
            if (e.getValue() == null || e.getValue() < 1 || e.getValue() > 5) {
                throw new RuleViolationException("rating.indicator.range", e.getKey().name());
            }
        }
        if (s.comment() != null && s.comment().length() > RatingSubmission.COMMENT_MAX) {
            throw new RuleViolationException("rating.comment.tooLong", RatingSubmission.COMMENT_MAX);
        }
        if (s.channel() == RatingChannel.PAPER) {
            if (s.paperFormNumber() == null) {
                throw new RuleViolationException("rating.paper.numberRequired");
            }
            if (s.paperFormNumber().length() > RatingSubmission.FORM_NUMBER_MAX) {
                throw new RuleViolationException("rating.paper.numberTooLong", RatingSubmission.FORM_NUMBER_MAX);
            }
        } else if (s.paperFormNumber() != null) {
            throw new RuleViolationException("rating.paper.numberOnlyForPaper");
        }
        if (now.isBefore(record.getServedAt().minusMinutes(5))) {
            throw new RuleViolationException("rating.beforeService");
        }
    }

    /** Verification (or an appeal) found the 差评 valid: it counts against the person from now on. */
    public void confirmValid(String note) {
        if (!isNegative()) {
            throw new RuleViolationException("rating.notNegative");
        }
        this.standing = RatingStanding.COUNTED;
        this.exclusionReason = null;
        this.standingNote = note;
        recount();
    }

    /** Verification (or an appeal) found the 差评 mistaken or malicious: it stays visible, excluded. */
    public void exclude(ExclusionReason reason, String note) {
        if (!isNegative()) {
            throw new RuleViolationException("rating.notNegative");
        }
        this.standing = RatingStanding.EXCLUDED;
        this.exclusionReason = Objects.requireNonNull(reason);
        this.standingNote = note;
        recount();
    }

    /**
     * Holds a new rating that would count as a suspected self-rating: it counts for nothing until a
     * leader verifies it ({@link #verifyHeld}). Only a real original rating that would count is held;
     * a 差评 waits for its own verification anyway.
     */
    public void hold(Set<HoldReason> reasons) {
        if (reasons.isEmpty() || standing != RatingStanding.COUNTED || !counted) {
            throw new IllegalStateException("only a counting rating is held, and only for a reason");
        }
        this.standing = RatingStanding.HELD;
        this.holdReasons = EnumSet.copyOf(reasons).stream().map(Enum::name).collect(Collectors.joining(","));
        recount();
    }

    /**
     * A leader's verification of a held rating: genuine, it counts from now on; otherwise it stays
     * visible, excluded as a self-rating. The reasons it was held for are kept.
     */
    public void verifyHeld(boolean genuine, String note) {
        if (standing != RatingStanding.HELD) {
            throw new RuleViolationException("rating.notHeld");
        }
        this.standing = genuine ? RatingStanding.COUNTED : RatingStanding.EXCLUDED;
        this.exclusionReason = genuine ? null : ExclusionReason.SELF_RATING;
        this.standingNote = note;
        recount();
    }

    /** Why the rating is (or was) held; empty for one never held. */
    public Set<HoldReason> getHoldReasons() {
        return reasons(holdReasons);
    }

    /** The reasons as the column {@code hold_reasons} keeps them. */
    public static Set<HoldReason> reasons(String column) {
        if (column == null || column.isEmpty()) {
            return Set.of();
        }
        EnumSet<HoldReason> set = EnumSet.noneOf(HoldReason.class);
        for (String name : column.split(",")) {
            set.add(HoldReason.valueOf(name));
        }
        return set;
    }

    /** Marks the rating with the calling system's idempotency key and the fingerprint of its request. */
    public void identifyRequest(String key, String fingerprint) {
        this.idempotencyKey = key;
        this.requestFingerprint = fingerprint;
    }

    private void recount() {
        this.counted = kind == RatingKind.ORIGINAL && !defaulted && standing == RatingStanding.COUNTED;
    }

    public boolean isNegative() {
        return RatingLevel.of(level).isNegative();
    }

    public RatingReceipt receipt() {
        return new RatingReceipt(id, serviceRecord.getId(), kind, level, standing, defaulted, ratedAt);
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("serviceRecord", serviceRecord.getReference());
        s.put("kind", kind);
        s.put("level", level);
        s.put("channel", channel);
        s.put("standing", standing);
        s.put("exclusionReason", exclusionReason);
        if (holdReasons != null) {
            s.put("holdReasons", holdReasons);
        }
        s.put("defaulted", defaulted);
        return s;
    }

    public Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public ServiceRecord getServiceRecord() {
        return serviceRecord;
    }

    /**
     * How a rating stands, from its columns: each rating is exactly one of the values. The list of
     * ratings shows it; the rollup of the figures ({@link RatingDays}) counts by it.
     */
    public static RatingCounting counting(RatingKind kind, RatingStanding standing, boolean defaulted) {
        if (defaulted) {
            return RatingCounting.DEFAULTED;
        }
        if (standing == RatingStanding.PENDING_VERIFICATION) {
            return RatingCounting.PENDING_VERIFICATION;
        }
        if (standing == RatingStanding.HELD) {
            return RatingCounting.HELD;
        }
        if (standing == RatingStanding.EXCLUDED) {
            return RatingCounting.EXCLUDED;
        }
        // an original rating that stands is counted (the column {@code counted} says the same)
        return kind == RatingKind.SUPPLEMENTARY ? RatingCounting.SUPPLEMENTARY : RatingCounting.COUNTED;
    }

    /** How this rating stands (see {@link #counting(RatingKind, RatingStanding, boolean)}). */
    public RatingCounting counting() {
        return counting(kind, standing, defaulted);
    }

    @PostLoad
    void loaded() {
        figuredAs = RatingDays.Counts.of(this);
    }

    RatingDays.Counts figuredAs() {
        return figuredAs;
    }

    void figuredAs(RatingDays.Counts counts) {
        this.figuredAs = counts;
    }

    /** The service's id: from the read-only column once stored, from the service until then. */
    public long getServiceRecordId() {
        return serviceRecordId != null ? serviceRecordId : serviceRecord.getId();
    }

    public RatingKind getKind() {
        return kind;
    }

    public int getLevel() {
        return level;
    }

    public RatingChannel getChannel() {
        return channel;
    }

    public String getComment() {
        return comment;
    }

    public String getPaperFormNumber() {
        return paperFormNumber;
    }

    public LocalDateTime getRatedAt() {
        return ratedAt;
    }

    public boolean isDefaulted() {
        return defaulted;
    }

    public RatingStanding getStanding() {
        return standing;
    }

    public ExclusionReason getExclusionReason() {
        return exclusionReason;
    }

    public String getStandingNote() {
        return standingNote;
    }

    public boolean isCounted() {
        return counted;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getPersonId() {
        return personId;
    }

    public LocalDate getServedOn() {
        return servedOn;
    }

    public Long getApiKeyId() {
        return apiKeyId;
    }

    /** The account that entered the rating (signed in on the rating page, or entering a paper form), or null. */
    public Long getEnteredByAccountId() {
        return enteredByAccountId;
    }

    /** The keyed hash of the rating page's device cookie, or null. */
    public String getDeviceHash() {
        return deviceHash;
    }

    /** The keyed hash of the network address the rating came from on the rating page, or null. */
    public String getAddressHash() {
        return addressHash;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getRequestFingerprint() {
        return requestFingerprint;
    }

    public Map<Indicator, Integer> getIndicators() {
        return indicators.isEmpty() ? Map.of() : new EnumMap<>(indicators);
    }

    public Set<ServiceTag> getTags() {
        return tags.isEmpty() ? Set.of() : EnumSet.copyOf(tags);
    }
}
