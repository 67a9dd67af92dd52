package org.evaluation.api.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

/** HR's settings of the deadline reminders, per organisation. */
public interface ReminderPolicyService {

    ReminderPolicyView policy(@Ref(Kind.ORGANISATION) long organisationId);

    /** Stores the settings; {@code version} of what was read, else an edit conflict. */
    void update(@NotNull @Valid ReminderPolicyView policy);
}
