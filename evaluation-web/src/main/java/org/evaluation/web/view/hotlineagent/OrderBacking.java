package org.evaluation.web.view.hotlineagent;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.hotline.HotlineOrderStatus;
import org.evaluation.api.hotline.HotlineOrderView;
import org.evaluation.api.hotline.HotlineService;
import org.evaluation.api.hotline.HotlineUnit;
import org.evaluation.api.organisation.PersonOption;
import org.evaluation.web.support.Texts;
import org.evaluation.web.view.HotlinePages;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * One work order for the agent ({@code hotline-agent/order.xhtml?id=…}): what the order's status
 * allows — answer on the call or dispatch, reassign after an objection, the revisit, the close — and
 * merging it into another order as a duplicate while it is open and not yet replied.
 */
@Named("agentOrder")
@ViewScoped
public class OrderBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private HotlineService hotline;

    private String id;
    private HotlineOrderView order;
    private List<HotlineUnit> units;
    private List<PersonOption> people = List.of();
    private Long unitId;
    private Long responsibleId;
    private String text;
    private Integer level;
    private String primaryNumber;

    public void load() {
        HotlinePages.show(() -> show(hotline.order(HotlinePages.id(id))));
    }

    private void show(HotlineOrderView view) {
        order = view;
        text = null;
        level = null;
        primaryNumber = null;
        if (isReceivedOnly() || isObjected()) {
            if (units == null) {
                units = hotline.dispatchUnits();
            }
        }
    }

    public void unitChosen() {
        responsibleId = null;
        people = unitId == null ? List.of() : hotline.unitPeople(unitId);
    }

    public void answerOnCall() {
        step(() -> hotline.answerOnCall(order.id(), order.version(), text), "agentOrder.answered");
    }

    public void dispatch() {
        if (unitId == null) {
            Texts.errorAt("order:unit", "agentOrder.unitRequired");
            return;
        }
        if (isObjected()) {
            step(() -> hotline.reassign(order.id(), order.version(), unitId, responsibleId), "agentOrder.reassigned");
        } else {
            step(() -> hotline.dispatch(order.id(), order.version(), unitId, responsibleId), "agentOrder.dispatched");
        }
        unitId = null;
        responsibleId = null;
        people = List.of();
    }

    public void revisit() {
        if (level == null) {
            Texts.errorAt("order:level", "agentOrder.levelRequired");
            return;
        }
        step(() -> hotline.revisit(order.id(), order.version(), level, text),
                level >= 3 ? "agentOrder.revisited" : "agentOrder.returned");
    }

    public void close() {
        step(() -> hotline.close(order.id(), order.version()), "agentOrder.closed");
    }

    public void merge() {
        step(() -> hotline.merge(order.id(), order.version(), primaryNumber == null ? "" : primaryNumber),
                "agentOrder.merged");
    }

    /** One step; after someone else's change, the order as it is now, and the message why nothing was saved. */
    private void step(Supplier<HotlineOrderView> action, String doneKey) {
        try {
            show(action.get());
        } catch (EditConflictException e) {
            show(hotline.order(order.id()));
            throw e;
        }
        Texts.info(doneKey, order.number());
    }

    public boolean isReceivedOnly() {
        return order != null && order.status() == HotlineOrderStatus.RECEIVED;
    }

    public boolean isObjected() {
        return order != null && order.status() == HotlineOrderStatus.OBJECTED;
    }

    public boolean isReplied() {
        return order != null && order.status() == HotlineOrderStatus.REPLIED;
    }

    public boolean isRevisited() {
        return order != null && order.status() == HotlineOrderStatus.REVISITED;
    }

    public boolean isMergeable() {
        return order != null && order.status().mergeable();
    }

    public List<Integer> getLevels() {
        return List.of(5, 4, 3, 2, 1);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public HotlineOrderView getOrder() {
        return order;
    }

    public List<HotlineUnit> getUnits() {
        return units == null ? List.of() : units;
    }

    public List<PersonOption> getPeople() {
        return people;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Long getResponsibleId() {
        return responsibleId;
    }

    public void setResponsibleId(Long responsibleId) {
        this.responsibleId = responsibleId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? null : text.replace("\r\n", "\n");
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public String getPrimaryNumber() {
        return primaryNumber;
    }

    public void setPrimaryNumber(String primaryNumber) {
        this.primaryNumber = primaryNumber;
    }
}
