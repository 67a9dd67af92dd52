package org.evaluation.web.view.hr;

import org.evaluation.api.eligibility.EligibilityRecordForm;
import org.evaluation.api.eligibility.InvestigationOutcome;
import org.evaluation.api.eligibility.RecordKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RecordsBackingTest {

    private static EligibilityRecordForm everythingFilledIn(RecordKind kind) {
        EligibilityRecordForm form = new EligibilityRecordForm();
        form.setKind(kind);
        form.setStartDate(LocalDate.of(2026, 3, 1));
        form.setEndDate(LocalDate.of(2026, 4, 1));
        form.setOutcome(InvestigationOutcome.NO_SANCTION);
        form.setDays(5);
        form.setYear(2025);
        form.setReference("文号");
        return form;
    }

    @Test
    void aChangedKindKeepsOnlyTheFieldsItTakes() {
        EligibilityRecordForm warning = everythingFilledIn(RecordKind.WARNING);
        RecordsBacking.dropFieldsTheKindDoesNotTake(warning);
        assertNull(warning.getEndDate());
        assertNull(warning.getOutcome());
        assertNull(warning.getDays());
        assertNull(warning.getYear());
        assertEquals(LocalDate.of(2026, 3, 1), warning.getStartDate(), "the date and reference stay");
        assertEquals("文号", warning.getReference());

        EligibilityRecordForm investigation = everythingFilledIn(RecordKind.INVESTIGATION);
        RecordsBacking.dropFieldsTheKindDoesNotTake(investigation);
        assertEquals(LocalDate.of(2026, 4, 1), investigation.getEndDate());
        assertEquals(InvestigationOutcome.NO_SANCTION, investigation.getOutcome());
        assertNull(investigation.getDays());

        EligibilityRecordForm leave = everythingFilledIn(RecordKind.SICK_LEAVE);
        RecordsBacking.dropFieldsTheKindDoesNotTake(leave);
        assertEquals(5, leave.getDays());
        assertNull(leave.getYear());
        assertNull(leave.getEndDate());

        EligibilityRecordForm refusal = everythingFilledIn(RecordKind.REFUSED_TO_TAKE_PART);
        RecordsBacking.dropFieldsTheKindDoesNotTake(refusal);
        assertEquals(2025, refusal.getYear());
        assertNull(refusal.getDays());
    }
}
