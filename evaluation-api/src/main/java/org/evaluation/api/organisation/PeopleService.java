package org.evaluation.api.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.evaluation.api.PageResult;
import org.evaluation.api.security.Access;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.time.LocalDate;
import java.util.List;

/** People of the organisations: the list, the record, reporting lines. */
public interface PeopleService {

    @Access(Access.Rule.REACHABLE)
    PageResult<PersonRow> find(@NotNull PersonQuery query);

    PersonDetails person(@Ref(Kind.PERSON) long personId);

    long create(@NotNull @Valid PersonForm form);

    void update(@Ref(Kind.PERSON) long personId, long version, @NotNull @Valid PersonForm form);

    void deactivate(@Ref(Kind.PERSON) long personId, long version, @NotNull LocalDate leftOn);

    void reactivate(@Ref(Kind.PERSON) long personId, long version);

    /** Sets or clears the supervising leader (主管领导); refuses self-supervision and cycles. */
    void assignLeader(@Ref(Kind.PERSON) long personId, long version, @Ref(Kind.PERSON) Long leaderId);

    /** Active people whose name starts with or contains the text, for pickers. */
    List<PersonOption> suggest(@Ref(Kind.ORGANISATION) Long organisationId, String text, int max);
}
