package org.evaluation.api.feedback;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.util.List;

/** HR's side of public feedback: an organisation's windows (and their QR codes) and its feedback settings. */
public interface ServiceWindowService {

    int CODE_MAX = 20;
    int NAME_MAX = 100;

    /** Every window of the organisation, by code. */
    List<WindowView> windows(@Ref(Kind.ORGANISATION) long organisationId);

    WindowView createWindow(@Ref(Kind.UNIT) long unitId, @NotBlank @Size(max = CODE_MAX) String code,
                            @NotBlank @Size(max = NAME_MAX) String name);

    /** Changes a window's unit, code, name or whether it is in use. */
    WindowView updateWindow(@Ref(Kind.WINDOW) long windowId, long version, @Ref(Kind.UNIT) long unitId, @NotBlank @Size(max = CODE_MAX) String code,
                            @NotBlank @Size(max = NAME_MAX) String name, boolean active);

    /** The organisation's feedback settings; the defaults until changed. */
    FeedbackPolicyView policy(@Ref(Kind.ORGANISATION) long organisationId);

    FeedbackPolicyView savePolicy(@NotNull @Valid FeedbackPolicyView policy);
}
