package org.evaluation.web.view.leader;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.evaluation.api.assessment.LeaderReviewService;
import org.evaluation.api.assessment.WorkItem;

import java.util.List;

/** The leader's worklist ({@code leader/reviews.xhtml}): the people they review in open cycles. */
@Named("reviews")
@RequestScoped
public class ReviewsBacking {

    @EJB
    private LeaderReviewService service;

    private List<WorkItem> items;

    @PostConstruct
    void init() {
        items = service.worklist();
    }

    public List<WorkItem> getItems() {
        return items;
    }

    public long count(String stage) {
        return items.stream().filter(i -> i.stage().name().equals(stage)).count();
    }
}
