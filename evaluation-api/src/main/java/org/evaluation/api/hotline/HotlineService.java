package org.evaluation.api.hotline;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.evaluation.api.PageResult;
import org.evaluation.api.organisation.PersonOption;
import org.evaluation.api.security.Access;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.time.LocalDate;
import java.util.List;

/**
 * 12345 hotline work orders (工单): agents record calls and answer them on the call or dispatch
 * them to a unit of any organisation; the unit's leader accepts (or objects to the dispatch),
 * replies, and may ask for more time; the agent revisits the caller, whose satisfaction is stored
 * as a rating of the handling unit and responsible person, and closes the order or returns it for
 * redo.
 * <p>
 * Who does what:
 * <ul>
 *   <li>a <b>hotline agent</b> works on the orders their own centre (organisation) received;</li>
 *   <li>a <b>leader</b> handles the orders of their own unit and of the units below it, and
 *       decides the extension requests of orders their organisation received (the centre's leaders:
 *       the centre supervises the deadlines it set, 督办);</li>
 *   <li>a <b>staff member</b> sees the orders they are named responsible for.</li>
 * </ul>
 * An order anyone else asks for is answered as not found. Deadlines count working days in the
 * calendar of the receiving unit's organisation: reply due the policy's number of working days
 * after dispatch (default 5), extended once by the policy's extension (default 5) on approval.
 */
public interface HotlineService {

    int NAME_MAX = 100;
    int PHONE_MAX = 30;
    int TEXT_MAX = 2000;
    int REASON_MAX = 500;
    int PAGE_MAX = 200;

    // --- agents ---

    /** Records a call as a new order (RECEIVED) of the agent's centre. */
    @Access(Access.Rule.OWN)
    HotlineOrderView receive(@NotNull @Valid HotlineCall call);

    /** The agent answered the caller on the call: the order ends here. */
    HotlineOrderView answerOnCall(@Ref(Kind.HOTLINE_ORDER) long orderId, long version, @NotBlank String answer);

    /** Dispatches a received order to a unit (and, optionally, a person of it) with the default deadline. */
    HotlineOrderView dispatch(@Ref(Kind.HOTLINE_ORDER) long orderId, long version, @Ref(Kind.UNIT) long unitId, @Ref(Kind.PERSON) Long responsibleId);

    /** Sends an order the unit objected to on to another unit, with a new deadline. */
    HotlineOrderView reassign(@Ref(Kind.HOTLINE_ORDER) long orderId, long version, @Ref(Kind.UNIT) long unitId, @Ref(Kind.PERSON) Long responsibleId);

    /**
     * Records the caller's satisfaction with the reply (1 to 5), as a rating of the handling unit and
     * responsible person; 1 or 2 returns the order to the unit for redo with a new deadline.
     */
    HotlineOrderView revisit(@Ref(Kind.HOTLINE_ORDER) long orderId, long version, @Min(1) @Max(5) int level, String comment);

    /** Closes an order whose caller was satisfied at the revisit. */
    HotlineOrderView close(@Ref(Kind.HOTLINE_ORDER) long orderId, long version);

    /** Merges a duplicate into the primary order with the given number: the duplicate closes as merged. */
    HotlineOrderView merge(@Ref(Kind.HOTLINE_ORDER) long duplicateId, long version, @NotBlank String primaryNumber);

    /** The orders the agent's centre received, newest first. */
    @Access(Access.Rule.OWN)
    PageResult<HotlineOrderRow> centreOrders(@NotNull HotlineListFilter filter, @Min(0) int first,
                                             @Min(1) @Max(PAGE_MAX) int max);

    /** Every unit of every organisation, by organisation and path: where an order may go. */
    @Access(Access.Rule.REACHABLE)
    List<HotlineUnit> dispatchUnits();

    /** The active people of a unit and the units below it, by name: who may be named responsible. */
    List<PersonOption> unitPeople(@Ref(Kind.UNIT) long unitId);

    // --- the receiving unit's leader ---

    /** The orders of the leader's unit and the units below it, the earliest deadline first. */
    @Access(Access.Rule.OWN)
    PageResult<HotlineOrderRow> unitOrders(@NotNull HotlineListFilter filter, @Min(0) int first,
                                           @Min(1) @Max(PAGE_MAX) int max);

    /** The unit takes the order on (IN_PROGRESS). */
    HotlineOrderView accept(@Ref(Kind.HOTLINE_ORDER) long orderId, long version);

    /** The unit says the order is not theirs to handle, and why: the agent sends it elsewhere. */
    HotlineOrderView object(@Ref(Kind.HOTLINE_ORDER) long orderId, long version, @NotBlank String reason);

    /** Asks the receiving centre for the extension of the deadline, saying why. */
    HotlineOrderView requestExtension(@Ref(Kind.HOTLINE_ORDER) long orderId, long version, @NotBlank String reason);

    /** The unit's reply to the caller. */
    HotlineOrderView reply(@Ref(Kind.HOTLINE_ORDER) long orderId, long version, @NotBlank String reply);

    // --- the receiving centre's leader ---

    /** Orders of the leader's organisation (as receiving centre) with an extension request to decide. */
    @Access(Access.Rule.OWN)
    PageResult<HotlineOrderRow> extensionRequests(@Min(0) int first, @Min(1) @Max(PAGE_MAX) int max);

    /** Approves (deadline + the policy's extension, status EXTENDED) or refuses an extension request. */
    HotlineOrderView decideExtension(@Ref(Kind.HOTLINE_ORDER) long orderId, long version, boolean approve, String note);

    // --- staff ---

    /** The orders the caller is named responsible for, the earliest deadline first. */
    @Access(Access.Rule.OWN)
    PageResult<HotlineOrderRow> myOrders(@NotNull HotlineListFilter filter, @Min(0) int first,
                                         @Min(1) @Max(PAGE_MAX) int max);

    // --- everyone involved ---

    /** One order, for whoever may see it (see above). */
    HotlineOrderView order(@Ref(Kind.HOTLINE_ORDER) long orderId);

    // --- figures (definitions: HotlineFigures) ---

    /** The figures of a unit together with the units below it, over orders dispatched from {@code from} to {@code to}. */
    HotlineFigures unitFigures(@Ref(Kind.UNIT) long unitId, @NotNull LocalDate from, @NotNull LocalDate to);

    /** The figures of every unit of an organisation. */
    HotlineFigures organisationFigures(@Ref(Kind.ORGANISATION) long organisationId, @NotNull LocalDate from, @NotNull LocalDate to);

    /** The figures of the orders a person was named responsible for. */
    HotlineFigures personFigures(@Ref(Kind.PERSON) long personId, @NotNull LocalDate from, @NotNull LocalDate to);

    /** The figures of the unit the calling leader heads (with the units below it). */
    @Access(Access.Rule.OWN)
    HotlineFigures myUnitFigures(@NotNull LocalDate from, @NotNull LocalDate to);
}
