package org.evaluation.web.view.leader;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.hotline.HotlineOrderStatus;
import org.evaluation.api.hotline.HotlineOrderView;
import org.evaluation.api.hotline.HotlineService;
import org.evaluation.web.support.Texts;
import org.evaluation.web.view.HotlinePages;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * One work order for a leader ({@code leader/hotline-order.xhtml?id=…}): the handling unit's
 * leader accepts it or objects to the dispatch, asks for an extension, and replies; a leader of
 * the receiving centre decides a pending extension request.
 */
@Named("leaderHotlineOrder")
@ViewScoped
public class HotlineOrderBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private HotlineService hotline;

    private String id;
    private HotlineOrderView order;
    private String reason;
    private String reply;
    private String note;

    public void load() {
        HotlinePages.show(() -> show(hotline.order(HotlinePages.id(id))));
    }

    private void show(HotlineOrderView view) {
        order = view;
        reason = null;
        note = null;
    }

    public void accept() {
        step(() -> hotline.accept(order.id(), order.version()), "leaderHotlineOrder.accepted");
    }

    public void object() {
        step(() -> hotline.object(order.id(), order.version(), reason), "leaderHotlineOrder.objected");
    }

    public void requestExtension() {
        step(() -> hotline.requestExtension(order.id(), order.version(), reason), "leaderHotlineOrder.extensionRequested");
    }

    public void sendReply() {
        step(() -> hotline.reply(order.id(), order.version(), reply), "leaderHotlineOrder.replied");
        reply = null;
    }

    public void approve() {
        step(() -> hotline.decideExtension(order.id(), order.version(), true, note), "leaderHotlineOrder.approved");
    }

    public void refuse() {
        step(() -> hotline.decideExtension(order.id(), order.version(), false, note), "leaderHotlineOrder.refused");
    }

    /** One step; after someone else's change, the order as it is now (what was typed stays), and why nothing was saved. */
    private void step(Supplier<HotlineOrderView> action, String doneKey) {
        try {
            show(action.get());
        } catch (EditConflictException e) {
            String typedReason = reason;
            String typedNote = note;
            show(hotline.order(order.id()));
            reason = typedReason;
            note = typedNote;
            throw e;
        }
        Texts.info(doneKey, order.number());
    }

    public boolean isAwaiting() {
        return order != null && HotlineOrderStatus.AWAITING_UNIT.contains(order.status()) && order.handledByMe();
    }

    public boolean isHandling() {
        return order != null && HotlineOrderStatus.BEING_HANDLED.contains(order.status()) && order.handledByMe();
    }

    public boolean isExtensionAskable() {
        return order != null && order.status() == HotlineOrderStatus.IN_PROGRESS && !order.extended()
                && !order.extensionPending() && order.handledByMe();
    }

    public boolean isDecidable() {
        return order != null && order.extensionPending() && order.decidableByMe();
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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null ? null : reason.replace("\r\n", "\n");
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply == null ? null : reply.replace("\r\n", "\n");
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null ? null : note.replace("\r\n", "\n");
    }
}
