package org.evaluation.api.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.evaluation.api.PageResult;
import org.evaluation.api.organisation.PersonOption;
import org.evaluation.api.security.Access;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.time.LocalDate;
import java.util.List;

/**
 * HR sets up and steers an organisation's assessment of a year: settings, participants,
 * opening, publicity, refusals to sign and closing.
 */
public interface CycleService {

    @Access(Access.Rule.REACHABLE)
    List<CycleRow> cycles();

    CycleDetails cycle(@Ref(Kind.CYCLE) long cycleId);

    /** Creates the cycle with the organisation's active people (leading members excepted) as participants. */
    long create(@Ref(Kind.ORGANISATION) long organisationId, int year, @NotNull @Valid CycleSettings settings);

    void updateSettings(@Ref(Kind.CYCLE) long cycleId, long version, @NotNull @Valid CycleSettings settings);

    PageResult<ParticipantRow> participants(@NotNull ParticipantQuery query);

    /**
     * The results of the same participants as {@link #participants} with the same filters and order:
     * final grade, notice, acknowledgement and the consequences recorded at closing.
     */
    PageResult<ResultRow> results(@NotNull ParticipantQuery query);

    /** Active people of the organisation who are not participants yet, for adding one with a reason. */
    List<PersonOption> addablePeople(@Ref(Kind.CYCLE) long cycleId);

    void addParticipant(@Ref(Kind.CYCLE) long cycleId, @Ref(Kind.PERSON) long personId, @NotBlank @Size(max = 500) String reason);

    void removeParticipant(@Ref(Kind.PARTICIPANT) long participantId, long version, @NotBlank @Size(max = 500) String reason);

    void restoreParticipant(@Ref(Kind.PARTICIPANT) long participantId, long version, @NotBlank @Size(max = 500) String reason);

    /** Computes every participant's eligibility again from the records (after HR entered new ones). */
    void refreshEligibility(@Ref(Kind.CYCLE) long cycleId);

    void open(@Ref(Kind.CYCLE) long cycleId, long version);

    /** Publicity of the decided 优秀 from {@code start} for the configured number of working days. */
    void startPublicity(@Ref(Kind.CYCLE) long cycleId, long version, @NotNull LocalDate start);

    void endPublicity(@Ref(Kind.CYCLE) long cycleId, long version);

    void recordRefusal(@Ref(Kind.PARTICIPANT) long participantId, long version);

    void close(@Ref(Kind.CYCLE) long cycleId, long version);
}
