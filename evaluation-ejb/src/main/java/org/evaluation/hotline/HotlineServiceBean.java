package org.evaluation.hotline;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.PageResult;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.calendar.WorkingDays;
import org.evaluation.api.feedback.RatingChannel;
import org.evaluation.api.feedback.RatingKind;
import org.evaluation.api.feedback.RatingService;
import org.evaluation.api.feedback.RatingSubmission;
import org.evaluation.api.feedback.ServiceChannel;
import org.evaluation.api.hotline.HotlineCall;
import org.evaluation.api.hotline.HotlineFigures;
import org.evaluation.api.hotline.HotlineListFilter;
import org.evaluation.api.hotline.HotlineOrderRow;
import org.evaluation.api.hotline.HotlineOrderStatus;
import org.evaluation.api.hotline.HotlineOrderView;
import org.evaluation.api.hotline.HotlineService;
import org.evaluation.api.hotline.HotlineUnit;
import org.evaluation.api.organisation.PersonOption;
import org.evaluation.audit.AuditTrail;
import org.evaluation.calendar.WorkingCalendars;
import org.evaluation.feedback.Rater;
import org.evaluation.feedback.RatingDesk;
import org.evaluation.feedback.ServiceRecord;
import org.evaluation.organisation.Organisation;
import org.evaluation.organisation.Person;
import org.evaluation.organisation.Unit;
import org.evaluation.organisation.UnitTree;
import org.evaluation.platform.ConflictDetection;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Records;
import org.evaluation.platform.Today;
import org.evaluation.security.Caller;
import org.evaluation.security.ReachCheck;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import static org.evaluation.api.security.Role.Names.COMMITTEE;
import static org.evaluation.api.security.Role.Names.HEAD;
import static org.evaluation.api.security.Role.Names.HOTLINE_AGENT;
import static org.evaluation.api.security.Role.Names.HR;
import static org.evaluation.api.security.Role.Names.LEADER;
import static org.evaluation.api.security.Role.Names.STAFF;

@Stateless
@Local(HotlineService.class)
@DeclareRoles({HOTLINE_AGENT, LEADER, STAFF, COMMITTEE, HEAD, HR})
@Interceptors({ReachCheck.class, InputValidation.class, ConflictDetection.class})
public class HotlineServiceBean implements HotlineService {

    static final String SUBJECT = "HotlineOrder";
    /** What the service record of a revisit calls the service: the order it answered. */
    static final String SERVICE_ITEM = "12345热线工单 ";

    private static final Set<HotlineOrderStatus> FINAL = EnumSet.of(HotlineOrderStatus.ANSWERED_ON_CALL,
            HotlineOrderStatus.CLOSED, HotlineOrderStatus.MERGED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    @Inject
    private Today clock;

    @Inject
    private WorkingCalendars calendars;

    @Inject
    private HotlineDeadlines deadlines;

    @Inject
    private RatingDesk ratings;

    @Inject
    private Event<OrderDispatched> dispatched;

    // --- agents ---

    @Override
    @RolesAllowed(HOTLINE_AGENT)
    public HotlineOrderView receive(HotlineCall call) {
        Person me = caller.requirePerson();
        HotlineOrder order = new HotlineOrder(me, call, now());
        em.persist(order);
        order.assignNumber();
        em.flush();
        audit.record("receive", SUBJECT, order.getId(), null, order.auditSnapshot());
        return view(order, me);
    }

    @Override
    @RolesAllowed(HOTLINE_AGENT)
    public HotlineOrderView answerOnCall(long orderId, long version, String answer) {
        return step("answerOnCall", orderId, version, (order, me) ->
                order.answerOnCall(me, answer, now()));
    }

    @Override
    @RolesAllowed(HOTLINE_AGENT)
    public HotlineOrderView dispatch(long orderId, long version, long unitId, Long responsibleId) {
        return step("dispatch", orderId, version, (order, me) -> {
            Unit unit = Records.find(em, Unit.class, unitId);
            long organisationId = unit.getOrganisation().getId();
            order.dispatch(me, unit, responsible(responsibleId), clock.date(), calendars.of(organisationId),
                    deadlines.replyDays(organisationId));
            dispatched.fire(new OrderDispatched(order));
        });
    }

    @Override
    @RolesAllowed(HOTLINE_AGENT)
    public HotlineOrderView reassign(long orderId, long version, long unitId, Long responsibleId) {
        return step("reassign", orderId, version, (order, me) -> {
            Unit unit = Records.find(em, Unit.class, unitId);
            long organisationId = unit.getOrganisation().getId();
            order.reassign(me, unit, responsible(responsibleId), clock.date(), calendars.of(organisationId),
                    deadlines.replyDays(organisationId));
            dispatched.fire(new OrderDispatched(order));
        });
    }

    private Person responsible(Long responsibleId) {
        return responsibleId == null ? null : Records.find(em, Person.class, responsibleId);
    }

    @Override
    @RolesAllowed(HOTLINE_AGENT)
    public HotlineOrderView revisit(long orderId, long version, int level, String comment) {
        return step("revisit", orderId, version, (order, me) -> {
            long organisationId = order.getUnit() == null ? order.getCentre().getId()
                    : order.getUnit().getOrganisation().getId();
            LocalDateTime now = now();
            order.revisit(me, level, comment, now, calendars.of(organisationId), deadlines.replyDays(organisationId));
            rateTheReply(order, me, now);
        });
    }

    /**
     * The caller's satisfaction is a rating like any other: of a service record of the handling unit
     * and the responsible person (channel HOTLINE, served when the reply was given, the caller as
     * contact for whoever handles a negative rating), entered by the agent through the rating desk,
     * so that every rule and every consequence of a rating applies (a 1 or 2 opens a case).
     */
    private void rateTheReply(HotlineOrder order, Person agent, LocalDateTime now) {
        ServiceRecord record = new ServiceRecord(order.getUnit(), order.getResponsible(), order.revisitReference(),
                SERVICE_ITEM + order.getNumber(), order.getRepliedAt(), ServiceChannel.HOTLINE,
                contact(order), now);
        em.persist(record);
        RatingSubmission rating = new RatingSubmission(order.getRevisitLevel(), Map.of(), Set.of(),
                order.getRevisitComment(), RatingChannel.HOTLINE, null);
        ratings.submit(record, rating, Rater.account(caller.account().getId(), agent.getId()), now,
                RatingKind.ORIGINAL);
        order.rated(record);
    }

    private static String contact(HotlineOrder order) {
        String contact = order.getCallerName() + " " + order.getCallerPhone();
        return contact.length() <= RatingService.CONTACT_MAX ? contact : order.getCallerPhone();
    }

    @Override
    @RolesAllowed(HOTLINE_AGENT)
    public HotlineOrderView close(long orderId, long version) {
        return step("close", orderId, version, (order, me) ->
                order.close(me, now()));
    }

    @Override
    @RolesAllowed(HOTLINE_AGENT)
    public HotlineOrderView merge(long duplicateId, long version, String primaryNumber) {
        return step("merge", duplicateId, version, (duplicate, me) -> {
            HotlineOrder primary = em.createNamedQuery("HotlineOrder.byNumber", HotlineOrder.class)
                    .setParameter("number", primaryNumber.strip()).getResultStream().findFirst()
                    .filter(p -> p.getCentre().getId().equals(me.getOrganisation().getId()))
                    .orElseThrow(() -> new RuleViolationException("hotline.noSuchOrder", primaryNumber.strip()));
            duplicate.mergeInto(me, primary, duplicatesOf(duplicate), now());
        });
    }

    private long duplicatesOf(HotlineOrder order) {
        return em.createNamedQuery("HotlineOrder.countDuplicates", Long.class).setParameter("primary", order)
                .getSingleResult();
    }

    @Override
    @RolesAllowed(HOTLINE_AGENT)
    public PageResult<HotlineOrderRow> centreOrders(HotlineListFilter filter, int first, int max) {
        Person me = caller.requirePerson();
        return page("o.centre = :scope", me.getOrganisation(), filter, "o.receivedAt DESC, o.id DESC", first, max);
    }

    @Override
    @RolesAllowed(HOTLINE_AGENT)
    public List<HotlineUnit> dispatchUnits() {
        List<Unit> units = em.createQuery("SELECT u FROM Unit u", Unit.class).getResultList();
        return units.stream().map(u -> new HotlineUnit(u.getId(), u.getOrganisation().getId(),
                        u.getOrganisation().getName(), String.join(" / ", u.path())))
                .sorted(Comparator.comparing(HotlineUnit::organisationName).thenComparing(HotlineUnit::path))
                .toList();
    }

    @Override
    @RolesAllowed(HOTLINE_AGENT)
    public List<PersonOption> unitPeople(long unitId) {
        Unit unit = Records.find(em, Unit.class, unitId);
        return em.createQuery("SELECT p FROM Person p WHERE p.unit.id IN :units AND p.active = :active"
                                + " ORDER BY p.name, p.id", Person.class)
                .setParameter("units", subtree(unit)).setParameter("active", Boolean.TRUE).getResultStream()
                .map(p -> new PersonOption(p.getId(), p.getName(), p.getPosition(), String.join(" / ", p.getUnit().path())))
                .toList();
    }

    /** The ids of the unit and every unit below it. */
    private List<Long> subtree(Unit top) {
        return List.copyOf(UnitTree.withUnitsBelow(em, top));
    }

    // --- the unit's leader ---

    @Override
    @RolesAllowed(LEADER)
    public PageResult<HotlineOrderRow> unitOrders(HotlineListFilter filter, int first, int max) {
        Person me = caller.requirePerson();
        return page("o.unit.id IN :scope", subtree(me.getUnit()), filter, "o.dueOn, o.id", first, max);
    }

    @Override
    @RolesAllowed(LEADER)
    public HotlineOrderView accept(long orderId, long version) {
        return step("accept", orderId, version, (order, me) ->
                order.accept(me, now()));
    }

    @Override
    @RolesAllowed(LEADER)
    public HotlineOrderView object(long orderId, long version, String reason) {
        return step("object", orderId, version, (order, me) ->
                order.object(me, reason));
    }

    @Override
    @RolesAllowed(LEADER)
    public HotlineOrderView requestExtension(long orderId, long version, String reason) {
        return step("requestExtension", orderId, version, (order, me) ->
                order.requestExtension(me, reason));
    }

    @Override
    @RolesAllowed(LEADER)
    public HotlineOrderView reply(long orderId, long version, String reply) {
        return step("reply", orderId, version, (order, me) ->
                order.reply(me, reply, now()));
    }

    // --- the centre's leader ---

    @Override
    @RolesAllowed(LEADER)
    public PageResult<HotlineOrderRow> extensionRequests(int first, int max) {
        Person me = caller.requirePerson();
        return page("o.centre = :scope AND o.extensionPending = :pending", me.getOrganisation(),
                HotlineListFilter.OPEN, "o.dueOn, o.id", first, max);
    }

    @Override
    @RolesAllowed(LEADER)
    public HotlineOrderView decideExtension(long orderId, long version, boolean approve, String note) {
        return step(approve ? "approveExtension" : "refuseExtension", orderId, version, (order, me) -> {
            long organisationId = order.getUnit().getOrganisation().getId();
            order.decideExtension(me, approve, note, calendars.of(organisationId), deadlines.extensionDays(organisationId));
        });
    }

    // --- staff ---

    @Override
    @RolesAllowed(STAFF)
    public PageResult<HotlineOrderRow> myOrders(HotlineListFilter filter, int first, int max) {
        Person me = caller.requirePerson();
        return page("o.responsible = :scope", me, filter, "o.dueOn, o.id", first, max);
    }

    // --- everyone involved ---

    @Override
    @RolesAllowed({HOTLINE_AGENT, LEADER, STAFF})
    public HotlineOrderView order(long orderId) {
        Person me = caller.requirePerson();
        HotlineOrder order = visible(orderId, me);
        if (mayContact(order, me)) {
            // the caller's whole phone number is personal data: who read it is kept
            audit.record("read", SUBJECT, orderId, null, Map.of("callerPhone", "whole"));
        }
        return view(order, me);
    }

    /** The order, if the caller may see it (see the interface); to anyone else it does not exist. */
    private HotlineOrder visible(long orderId, Person me) {
        HotlineOrder order = em.find(HotlineOrder.class, orderId);
        if (order == null || !maysee(order, me)) {
            throw new NotFoundException(SUBJECT, orderId);
        }
        return order;
    }

    private boolean maysee(HotlineOrder order, Person me) {
        boolean centre = order.getCentre().getId().equals(me.getOrganisation().getId());
        if (caller.isInRole(HOTLINE_AGENT) && centre) {
            return true;
        }
        if (caller.isInRole(LEADER) && (order.handledBy(me) || centre && order.getUnit() != null)) {
            return true;
        }
        return caller.isInRole(STAFF) && order.getResponsible() != null
                && order.getResponsible().getId().equals(me.getId());
    }

    /**
     * One step of an order: the order at the version the editor saw (if they may see it at all), the
     * change, the audit entry with the order before and after, and the order as it is now.
     */
    private HotlineOrderView step(String action, long orderId, long version, BiConsumer<HotlineOrder, Person> change) {
        Person me = caller.requirePerson();
        HotlineOrder order = visible(orderId, me);
        if (order.getVersion() != version) {
            throw new EditConflictException();
        }
        Map<String, Object> before = order.auditSnapshot();
        change.accept(order, me);
        em.flush();
        audit.record(action, SUBJECT, order.getId(), before, order.auditSnapshot());
        return view(order, me);
    }

    private LocalDateTime now() {
        return clock.now();
    }

    // --- lists ---

    private PageResult<HotlineOrderRow> page(String scopeCondition, Object scope, HotlineListFilter filter,
                                             String order, int first, int max) {
        String where = " WHERE " + scopeCondition + switch (filter) {
            case OPEN -> " AND o.status NOT IN :final";
            case OVERDUE -> " AND o.status IN :owing AND o.dueOn < :today";
            case ALL -> "";
        };
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(o) FROM HotlineOrder o" + where, Long.class);
        TypedQuery<HotlineOrder> rows = em.createQuery("SELECT o FROM HotlineOrder o" + where + " ORDER BY " + order,
                HotlineOrder.class);
        for (TypedQuery<?> q : List.of(count, rows)) {
            q.setParameter("scope", scope);
            if (scopeCondition.contains(":pending")) {
                q.setParameter("pending", Boolean.TRUE);
            }
            switch (filter) {
                case OPEN -> q.setParameter("final", FINAL);
                case OVERDUE -> q.setParameter("owing", HotlineOrderStatus.OWING_REPLY)
                        .setParameter("today", clock.date());
                case ALL -> { }
            }
        }
        long total = count.getSingleResult();
        LocalDate today = clock.date();
        Map<Long, WorkingDays> calendarsByOrganisation = new HashMap<>();
        List<HotlineOrderRow> page = new ArrayList<>();
        for (HotlineOrder o : rows.setFirstResult(first).setMaxResults(max).getResultList()) {
            Integer days = workingDays(o, today, calendarsByOrganisation);
            page.add(new HotlineOrderRow(o.getId(), o.getNumber(), o.getType(), o.getStatus(), o.getCallerName(),
                    summary(o.getContent()), o.getReceivedAt(), o.getUnit() == null ? null : unitLabel(o.getUnit()),
                    o.getResponsible() == null ? null : o.getResponsible().getName(), o.getDueOn(),
                    o.overdueOn(today), days, o.isExtensionPending()));
        }
        return new PageResult<>(page, total);
    }

    private static String summary(String content) {
        String line = content.replace('\n', ' ');
        return line.length() <= 60 ? line : line.substring(0, 59) + "…";
    }

    private static String unitLabel(Unit unit) {
        return unit.getOrganisation().getName() + " / " + String.join(" / ", unit.path());
    }

    /** Working days left to the deadline, or late by when overdue; null when no reply is owed. */
    private Integer workingDays(HotlineOrder o, LocalDate today, Map<Long, WorkingDays> cache) {
        if (!o.getStatus().owesReply() || o.getDueOn() == null) {
            return null;
        }
        WorkingDays calendar = cache.computeIfAbsent(o.getUnit().getOrganisation().getId(), calendars::of);
        return o.overdueOn(today) ? calendar.between(o.getDueOn(), today) : calendar.between(today, o.getDueOn());
    }

    // --- figures ---

    @Override
    @RolesAllowed({LEADER, COMMITTEE, HEAD, HR})
    public HotlineFigures unitFigures(long unitId, LocalDate from, LocalDate to) {
        Unit unit = Records.find(em, Unit.class, unitId);
        return figures(from, to, HotlineFiguresQuery.units(subtree(unit)));
    }

    @Override
    @RolesAllowed({LEADER, COMMITTEE, HEAD, HR})
    public HotlineFigures organisationFigures(long organisationId, LocalDate from, LocalDate to) {
        Records.find(em, Organisation.class, organisationId);
        return figures(from, to, HotlineFiguresQuery.organisation(organisationId));
    }

    @Override
    @RolesAllowed({LEADER, COMMITTEE, HEAD, HR})
    public HotlineFigures personFigures(long personId, LocalDate from, LocalDate to) {
        Records.find(em, Person.class, personId);
        return figures(from, to, HotlineFiguresQuery.person(personId));
    }

    @Override
    @RolesAllowed(LEADER)
    public HotlineFigures myUnitFigures(LocalDate from, LocalDate to) {
        return unitFigures(caller.requirePerson().getUnit().getId(), from, to);
    }

    private HotlineFigures figures(LocalDate from, LocalDate to, HotlineFiguresQuery query) {
        if (to.isBefore(from)) {
            throw new RuleViolationException("hotline.periodReversed", from, to);
        }
        return query.run(em, from, to, clock.date());
    }

    // --- views ---

    /**
     * The centre's agents call back and the handling leaders contact the caller: they see the whole
     * phone number. The staff member named on the order, perhaps the one complained about, does not.
     */
    private boolean mayContact(HotlineOrder o, Person viewer) {
        return caller.isInRole(HOTLINE_AGENT) && o.getCentre().getId().equals(viewer.getOrganisation().getId())
                || caller.isInRole(LEADER) && o.handledBy(viewer);
    }

    private HotlineOrderView view(HotlineOrder o, Person viewer) {
        LocalDate today = clock.date();
        Integer days = workingDays(o, today, new HashMap<>());
        Unit unit = o.getUnit();
        boolean leader = caller.isInRole(LEADER);
        boolean contacts = mayContact(o, viewer);
        return new HotlineOrderView(o.getId(), o.getVersion(), o.getNumber(), o.getType(), o.getStatus(),
                o.getCallerName(), contacts ? o.getCallerPhone() : o.maskedCallerPhone(), o.getContent(),
                o.getReceivedAt(), o.getAgent().getName(),
                o.getAnswer(),
                unit == null ? null : unit.getOrganisation().getId(), unit == null ? null : unit.getOrganisation().getName(),
                unit == null ? null : unit.getId(), unit == null ? null : String.join(" / ", unit.path()),
                o.getResponsible() == null ? null : o.getResponsible().getId(),
                o.getResponsible() == null ? null : o.getResponsible().getName(),
                o.getDispatchedOn(), o.getRespondBy(), o.getDueOn(), o.overdueOn(today), days,
                o.getAcceptedAt(), name(o.getAcceptedBy()),
                o.getObjectionReason(), name(o.getObjectedBy()), o.getReassignments(),
                o.getExtensionReason(), o.isExtensionPending(), o.isExtended(), o.getExtensionDecision(),
                name(o.getExtensionDecidedBy()),
                o.getReply(), o.getRepliedAt(), name(o.getRepliedBy()),
                o.getRevisitLevel(), o.getRevisitComment(), o.getRevisitedAt(), o.getRedoCount(),
                o.getMergedInto() == null ? null : o.getMergedInto().getId(),
                o.getMergedInto() == null ? null : o.getMergedInto().getNumber(), duplicatesOf(o), o.getClosedAt(),
                leader && o.handledBy(viewer),
                leader && o.getCentre().getId().equals(viewer.getOrganisation().getId()));
    }

    private static String name(Person p) {
        return p == null ? null : p.getName();
    }
}
