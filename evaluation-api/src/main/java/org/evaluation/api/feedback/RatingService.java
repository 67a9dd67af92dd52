package org.evaluation.api.feedback;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.evaluation.api.security.Access;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.util.List;

/**
 * Rating a service (一次一评): the public page behind a rating link or a window's QR code, the
 * window page where staff record the services they deliver, and the entry of paper forms.
 * <p>
 * A service has one rating, never edited afterwards, and at most one supplementary rating within
 * the organisation's supplementary period. Nobody rates a service they served or recorded
 * themselves. A used or forged link changes nothing.
 */
public interface RatingService {

    int SERVICE_ITEM_MAX = 200;
    int CONTACT_MAX = 100;

    // --- the person served (no account) ---

    /** The service behind a signed rating link, or the rule that stops it (forged link). */
    @Access(Access.Rule.TOKEN)
    RateablePage open(@NotBlank String token);

    /**
     * The rating link of the service a window is serving now (its last recorded service, while
     * unrated and recent), from the token of the window's QR code.
     */
    @Access(Access.Rule.TOKEN)
    String currentServiceOfWindow(@NotBlank String windowToken);

    /**
     * Rates the service behind the link ({@code ORIGINAL}), or adds the supplementary rating once
     * it is rated ({@code SUPPLEMENTARY}); the same form sent twice is refused the second time.
     */
    @Access(Access.Rule.TOKEN)
    RatingReceipt rate(@NotBlank String token, @NotNull RatingKind kind, @NotNull @Valid RatingSubmission rating);

    // --- staff at a window ---

    /** The active windows of the caller's organisation, their own unit's first. */
    @Access(Access.Rule.OWN)
    List<WindowView> myWindows();

    /**
     * Records a service the caller has just delivered at a window; it becomes the window's current
     * service, which the window's QR code leads to.
     */
    ServiceRecordView recordService(@Ref(Kind.WINDOW) long windowId, @NotBlank @Size(max = SERVICE_ITEM_MAX) String serviceItem,
                                    @Size(max = CONTACT_MAX) String contact);

    /** The services the caller recorded or served lately, newest first. */
    @Access(Access.Rule.OWN)
    List<ServiceRecordView> myRecentServices(int limit);

    /**
     * Enters a paper rating form for a service of the caller's own unit, found by its reference and
     * checked with the code written on the form ({@link ServiceRecordView#paperCode()}); never by
     * the person who served it. The rating is marked as paper and carries the form's number, which
     * is unique in the organisation.
     */
    @Access(Access.Rule.OWN)
    RatingReceipt enterPaperForm(@NotBlank String serviceReference, @NotBlank @Size(max = 20) String paperCode,
                                 @NotNull @Valid RatingSubmission rating);
}
