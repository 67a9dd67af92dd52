package org.evaluation.web.view.hr;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.evaluation.api.documents.DocumentService;
import org.evaluation.api.documents.PersonDocuments;

import java.util.List;

/** The years a person took part in, with their register forms and notices, on HR's person page. */
@Named("personDocuments")
@RequestScoped
public class PersonDocumentsBacking {

    @EJB
    private DocumentService service;

    @Inject
    private PersonBacking person;

    private List<PersonDocuments> years;

    public List<PersonDocuments> getYears() {
        if (years == null) {
            years = person.getDetails() == null ? List.of() : service.participations(person.getDetails().id());
        }
        return years;
    }
}
