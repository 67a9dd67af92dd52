package org.evaluation.web.view;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.feedback.Indicator;
import org.evaluation.api.feedback.RateablePage;
import org.evaluation.api.feedback.RateableState;
import org.evaluation.api.feedback.RatingChannel;
import org.evaluation.api.feedback.RatingKind;
import org.evaluation.api.feedback.RatingLevel;
import org.evaluation.api.feedback.RatingReceipt;
import org.evaluation.api.feedback.RatingService;
import org.evaluation.api.feedback.RatingSubmission;
import org.evaluation.api.feedback.ServiceTag;
import org.evaluation.web.api.RequestRateLimiter;
import org.evaluation.web.support.ClientAddress;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public rating page ({@code rate.xhtml?t=…} for one service, {@code rate.xhtml?w=…} from a
 * window's QR code), open without an account and made for a phone: the service, five levels,
 * the sub-indicators of its channel, the tags of the window-service norms and a comment, then a
 * thank-you. A forged or used link gets its message and no form. Submissions are limited per remote
 * address ({@code evaluation.rate-page.per-address-per-minute}, 30 by default; per instance, see
 * {@link RequestRateLimiter}): beyond it the page says when to try again and sends nothing.
 */
@Named("rate")
@ViewScoped
public class RateBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Refusals after which this page can rate nothing: the form goes away. */
    private static final Set<String> FINAL = Set.of("rating.link.invalid", "rating.window.nothingToRate",
            "rating.alreadyRated", "rating.ownService", "rating.ownRecord", "rating.supplement.afterDefault");

    public enum State { RATING, REFUSED, DONE }

    /** The limiter's bucket of this page's submissions, by remote address. */
    static final String BUCKET = "rate-page-address";
    static final String LIMIT_PROPERTY = "evaluation.rate-page.per-address-per-minute";
    static final int DEFAULT_LIMIT = 30;

    @EJB
    private RatingService ratings;

    @Inject
    private RequestRateLimiter limiter;


    private String token;
    private String windowToken;
    private RateablePage page;
    private State state = State.RATING;
    private String problemKey;
    private Object[] problemArguments = new Object[0];

    private Integer level;
    private final List<Score> scores = new ArrayList<>();
    private ServiceTag[] tags = new ServiceTag[0];
    private String comment;
    private RatingReceipt receipt;

    public void load() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        // the token is in the address: keep the page out of caches, and the address out of Referer headers
        ec.setResponseHeader("Cache-Control", "no-store");
        ec.setResponseHeader("Referrer-Policy", "no-referrer");
        if (page != null || state != State.RATING) {
            return; // a postback of this view (the language switch, a validation message)
        }
        try {
            if ((token == null || token.isBlank()) && windowToken != null && !windowToken.isBlank()) {
                token = ratings.currentServiceOfWindow(windowToken);
            }
            page = ratings.open(token == null ? "" : token);
            page.indicators().forEach(i -> scores.add(new Score(i)));
            if (page.state() == RateableState.DONE) {
                refuse(new RuleViolationException("rating.alreadyRated"));
            }
        } catch (RuleViolationException e) {
            refuse(e);
        }
    }

    public void submit() {
        String address = ClientAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest());
        int perMinute = ConfigProvider.getConfig().getOptionalValue(LIMIT_PROPERTY, Integer.class)
                .orElse(DEFAULT_LIMIT);
        RequestRateLimiter.Decision decision = limiter.acquire(BUCKET, address, perMinute);
        if (!decision.allowed()) {
            Texts.error("rate.tooMany", decision.retryAfterSeconds());
            return; // nothing is sent to the service; the form stays as it was
        }
        Map<Indicator, Integer> given = new EnumMap<>(Indicator.class);
        scores.stream().filter(s -> s.score != null && s.score > 0).forEach(s -> given.put(s.indicator, s.score));
        RatingSubmission submission = new RatingSubmission(level == null ? 0 : level, given,
                tags.length == 0 ? Set.of() : EnumSet.copyOf(List.of(tags)), comment, RatingChannel.QR_CODE, null);
        RatingKind kind = page.state() == RateableState.OPEN ? RatingKind.ORIGINAL : RatingKind.SUPPLEMENTARY;
        try {
            receipt = ratings.rate(token, kind, submission);
        } catch (RuleViolationException e) {
            if (!FINAL.contains(e.getMessageKey())) {
                throw e; // a message above the form, which stays as it was
            }
            refuse(e);
            return;
        }
        state = State.DONE;
    }

    private void refuse(RuleViolationException e) {
        state = State.REFUSED;
        problemKey = e.getMessageKey();
        problemArguments = e.getArguments();
    }

    public String getProblem() {
        return problemKey == null ? null : Texts.text(problemKey, problemArguments);
    }

    /** The levels from best to worst, as the person served reads them. */
    public List<RatingLevel> getLevels() {
        List<RatingLevel> levels = new ArrayList<>(List.of(RatingLevel.values()));
        java.util.Collections.reverse(levels);
        return levels;
    }

    public ServiceTag[] getAllTags() {
        return ServiceTag.values();
    }

    public boolean isSupplementing() {
        return page != null && page.state() == RateableState.SUPPLEMENT_OPEN;
    }

    /** The level given, as its label key, for the thank-you and the supplementary note. */
    public String levelKey(int value) {
        return "RatingLevel." + RatingLevel.of(value).name();
    }

    /** One sub-indicator and the stars given to it (none: not rated). */
    public static final class Score implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Indicator indicator;
        private Integer score;

        Score(Indicator indicator) {
            this.indicator = indicator;
        }

        public Indicator getIndicator() {
            return indicator;
        }

        public Integer getScore() {
            return score;
        }

        public void setScore(Integer score) {
            this.score = score;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getWindowToken() {
        return windowToken;
    }

    public void setWindowToken(String windowToken) {
        this.windowToken = windowToken;
    }

    public RateablePage getPage() {
        return page;
    }

    public State getState() {
        return state;
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public List<Score> getScores() {
        return scores;
    }

    public ServiceTag[] getTags() {
        return tags.clone();
    }

    public void setTags(ServiceTag[] tags) {
        this.tags = tags == null ? new ServiceTag[0] : tags.clone();
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public RatingReceipt getReceipt() {
        return receipt;
    }
}
