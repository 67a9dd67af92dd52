package org.evaluation.api.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.evaluation.api.PageResult;

import java.time.LocalDate;
import java.util.List;

/** People of the organisations: the list, the record, reporting lines. */
public interface PeopleService {

    PageResult<PersonRow> find(@NotNull PersonQuery query);

    PersonDetails person(long personId);

    long create(@NotNull @Valid PersonForm form);

    void update(long personId, long version, @NotNull @Valid PersonForm form);

    void deactivate(long personId, long version, @NotNull LocalDate leftOn);

    void reactivate(long personId, long version);

    /** Sets or clears the supervising leader (主管领导); refuses self-supervision and cycles. */
    void assignLeader(long personId, long version, Long leaderId);

    /** Active people whose name starts with or contains the text, for pickers. */
    List<PersonOption> suggest(Long organisationId, String text, int max);
}
