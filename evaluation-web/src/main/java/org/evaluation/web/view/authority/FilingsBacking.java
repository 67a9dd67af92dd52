package org.evaluation.web.view.authority;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.evaluation.api.authority.AuthorityService;
import org.evaluation.api.authority.FilingView;
import org.evaluation.web.support.Dates;

import java.util.List;

/** The filings (备案) of the closed cycles of the organisations the authority oversees ({@code authority/filings.xhtml}). */
@Named("filings")
@RequestScoped
public class FilingsBacking {


    @EJB
    private AuthorityService authority;

    private List<FilingView> list;

    public List<FilingView> getList() {
        if (list == null) {
            list = authority.filings();
        }
        return list;
    }

    public String time(FilingView filing) {
        return Dates.minutes(filing.filedAt());
    }
}
