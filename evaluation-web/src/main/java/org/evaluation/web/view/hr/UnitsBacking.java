package org.evaluation.web.view.hr;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.OrganisationSummary;
import org.evaluation.api.organisation.PeopleService;
import org.evaluation.api.organisation.PersonOption;
import org.evaluation.api.organisation.UnitNode;
import org.evaluation.api.security.AccountService;
import org.evaluation.web.support.Texts;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The HR page of one organisation at a time ({@code hr/units.xhtml}): its tree of internal
 * units, its head (机关负责人) and its assessment committee (考核委员会).
 * <p>
 * Every change is sent with the version of the record as this page loaded it. When somebody
 * else saved the record meanwhile, the service refuses with an edit conflict; the page then
 * reloads what is stored now, so that the user sees the other change before repeating theirs.
 */
@Named("units")
@ViewScoped
public class UnitsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many people a picker offers at once. */
    private static final int SUGGESTIONS = 12;

    @EJB
    private OrganisationService organisations;

    @EJB
    private PeopleService people;

    @EJB
    private AccountService accounts;

    private List<OrganisationSummary> all = List.of();
    private Long organisationId;
    private OrganisationSummary organisation;

    private List<UnitNode> unitList = List.of();
    private final Map<Long, String> paths = new HashMap<>();
    private final Map<Long, Long> subtreePeople = new HashMap<>();
    private final Set<Long> parents = new HashSet<>();
    private TreeNode<UnitNode> tree;
    private TreeNode<UnitNode> selectedNode;
    private Long selectedUnitId;

    private String newOrganisationName;
    private String newTopUnitName;
    private String newSubUnitName;
    private String newUnitName;
    private Long moveTarget;

    private PersonOption head;

    private List<PersonOption> members = new ArrayList<>();
    private Long chairId;
    private PersonOption newMember;
    private boolean committeeChanged;

    /** Every person this view has offered or shown, by id: what the pickers may send back. */
    private final Map<Long, PersonOption> offered = new HashMap<>();
    private final PersonConverter personConverter = new PersonConverter();

    @PostConstruct
    void init() {
        all = organisations.organisations();
        Long own = accounts.currentUser().organisationId();
        Long chosen = all.stream().map(OrganisationSummary::id).filter(id -> id.equals(own)).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0).id());
        select(chosen);
    }

    // --- the organisation ---

    /** Shows another organisation; drafts of the one before are dropped. */
    public void changeOrganisation() {
        select(organisationId);
    }

    /** Loads again what is stored now, dropping unsaved drafts. */
    public void reload() {
        all = organisations.organisations();
        select(organisationId);
    }

    public void createOrganisation() {
        long id = organisations.createOrganisation(newOrganisationName);
        Texts.info("units.organisation.created", newOrganisationName.strip());
        newOrganisationName = null;
        all = organisations.organisations();
        select(id);
    }

    private void select(Long id) {
        organisationId = id;
        selectedUnitId = null;
        clearUnitDrafts();
        newTopUnitName = null;
        newMember = null;
        committeeChanged = false;
        load(false);
    }

    /**
     * Reads the organisation and its units again. With {@code keepDrafts} the head picker keeps
     * its choice and an unsaved committee draft survives; without, both show what is stored.
     */
    private void load(boolean keepDrafts) {
        if (organisationId == null) {
            organisation = null;
            unitList = List.of();
            buildTree();
            return;
        }
        organisation = organisations.organisation(organisationId);
        unitList = organisations.units(organisationId);
        buildTree();
        remember(organisation.head());
        if (!keepDrafts) {
            head = organisation.head();
        }
        if (!keepDrafts || !committeeChanged) {
            members = new ArrayList<>(organisation.committeeMembers());
            chairId = organisation.committeeChair() == null ? null : organisation.committeeChair().id();
            committeeChanged = false;
        }
        members.forEach(this::remember);
    }

    /** The tree from the list, which has parents before children; and each unit's path and people. */
    private void buildTree() {
        paths.clear();
        subtreePeople.clear();
        parents.clear();
        Map<Long, UnitNode> byId = new HashMap<>();
        Map<Long, TreeNode<UnitNode>> nodes = new HashMap<>();
        TreeNode<UnitNode> root = new DefaultTreeNode<>();
        selectedNode = null;
        for (UnitNode unit : unitList) {
            byId.put(unit.id(), unit);
            TreeNode<UnitNode> parent = unit.parentId() == null ? root : nodes.get(unit.parentId());
            TreeNode<UnitNode> node = new DefaultTreeNode<>(unit, parent);
            node.setExpanded(true);
            if (unit.parentId() != null) {
                parents.add(unit.parentId());
            }
            nodes.put(unit.id(), node);
            paths.put(unit.id(), parent == root ? unit.name() : paths.get(unit.parentId()) + " / " + unit.name());
            for (UnitNode u = unit; u != null; u = u.parentId() == null ? null : byId.get(u.parentId())) {
                subtreePeople.merge(u.id(), unit.activePeople(), Long::sum);
            }
            if (Objects.equals(unit.id(), selectedUnitId)) {
                node.setSelected(true);
                selectedNode = node;
            }
        }
        tree = root;
        if (selectedNode == null) {
            selectedUnitId = null;
        }
    }

    private Optional<UnitNode> unit(Long unitId) {
        return unitList.stream().filter(u -> unitId != null && u.id() == unitId).findFirst();
    }

    /**
     * Runs a change and shows the result. On an edit conflict it shows what is stored now and
     * lets the conflict through to be reported. What the user typed stays in the inputs, but a
     * committee draft is dropped when the organisation itself was changed by somebody else: it
     * was made against a committee that may no longer be the stored one.
     */
    private void change(Runnable change, boolean ofOrganisation) {
        try {
            change.run();
        } catch (EditConflictException conflict) {
            if (ofOrganisation) {
                committeeChanged = false;
            }
            load(true);
            throw conflict;
        }
        load(true);
    }

    // --- units ---

    public void onUnitSelect(NodeSelectEvent event) {
        UnitNode unit = (UnitNode) event.getTreeNode().getData();
        selectedUnitId = unit.id();
        clearUnitDrafts();
        newUnitName = unit.name();
        moveTarget = unit.parentId();
    }

    public void onUnitUnselect() {
        selectedUnitId = null;
        clearUnitDrafts();
    }

    private void clearUnitDrafts() {
        newSubUnitName = null;
        newUnitName = null;
        moveTarget = null;
    }

    public void addTopUnit() {
        String name = newTopUnitName.strip();
        change(() -> organisations.createUnit(organisationId, null, name), false);
        Texts.info("units.unit.created", name);
        newTopUnitName = null;
    }

    public void addSubUnit() {
        UnitNode parent = getSelectedUnit();
        String name = newSubUnitName.strip();
        change(() -> organisations.createUnit(organisationId, parent.id(), name), false);
        Texts.info("units.unit.createdUnder", name, parent.name());
        newSubUnitName = null;
    }

    public void renameUnit() {
        UnitNode unit = getSelectedUnit();
        String name = newUnitName.strip();
        if (name.equals(unit.name())) {
            Texts.info("units.unit.unchanged");
            return;
        }
        change(() -> organisations.renameUnit(unit.id(), unit.version(), name), false);
        Texts.info("units.unit.renamed", unit.name(), name);
        newUnitName = name;
    }

    public void moveUnit() {
        UnitNode unit = getSelectedUnit();
        if (Objects.equals(moveTarget, unit.parentId())) {
            Texts.info("units.unit.unchanged");
            return;
        }
        Long target = moveTarget;
        change(() -> organisations.moveUnit(unit.id(), unit.version(), target), false);
        if (target == null) {
            Texts.info("units.unit.movedToTop", unit.name());
        } else {
            Texts.info("units.unit.moved", unit.name(), paths.get(target));
        }
    }

    // --- the head ---

    public void saveHead() {
        if (head == null) {
            Texts.errorAt("headForm:head", "units.head.pickFirst");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        PersonOption chosen = head;
        OrganisationSummary loaded = organisation;
        if (loaded.head() != null && loaded.head().id() == chosen.id()) {
            Texts.info("units.head.unchanged", chosen.name());
            return;
        }
        change(() -> organisations.assignHead(loaded.id(), loaded.version(), chosen.id()), true);
        Texts.info("units.head.saved", chosen.name());
    }

    public void clearHead() {
        OrganisationSummary loaded = organisation;
        if (loaded.head() == null) {
            Texts.info("units.head.none");
            return;
        }
        change(() -> {
            organisations.assignHead(loaded.id(), loaded.version(), null);
            head = null;
        }, true);
        Texts.info("units.head.cleared");
    }

    // --- the committee ---

    public void addMember() {
        if (newMember == null) {
            Texts.errorAt("committeeForm:newMember", "units.committee.pickFirst");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (members.stream().anyMatch(m -> m.id() == newMember.id())) {
            Texts.info("units.committee.alreadyMember", newMember.name());
        } else {
            members.add(newMember);
            committeeChanged = true;
        }
        newMember = null;
    }

    public void removeMember(PersonOption member) {
        members.removeIf(m -> m.id() == member.id());
        if (Objects.equals(chairId, member.id())) {
            chairId = null;
        }
        committeeChanged = true;
    }

    public void chairChanged() {
        committeeChanged = true;
    }

    public void saveCommittee() {
        OrganisationSummary loaded = organisation;
        List<Long> ids = members.stream().map(PersonOption::id).toList();
        Long chair = chairId;
        change(() -> {
            organisations.setCommittee(loaded.id(), loaded.version(), ids, chair);
            committeeChanged = false;
        }, true);
        Texts.info("units.committee.saved");
    }

    /** Drops the committee draft and shows the stored committee again. */
    public void resetCommittee() {
        committeeChanged = false;
        load(true);
    }

    // --- pickers ---

    /** Active people of the organisation whose name contains the text. */
    public List<PersonOption> suggestPeople(String text) {
        if (organisationId == null) {
            return List.of();
        }
        List<PersonOption> found = people.suggest(organisationId, text, SUGGESTIONS);
        found.forEach(this::remember);
        return found;
    }

    private void remember(PersonOption person) {
        if (person != null) {
            offered.put(person.id(), person);
        }
    }

    /** A person as the pickers show them: name, position and unit, to tell namesakes apart. */
    public String label(PersonOption person) {
        return person == null ? ""
                : Texts.text("units.person.label", person.name(), person.position(), person.unitName());
    }

    public Converter<PersonOption> getPersonConverter() {
        return personConverter;
    }

    /** Turns a picked id back into one of the people this view offered; nobody else can be sent. */
    private final class PersonConverter implements Converter<PersonOption>, Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public PersonOption getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            PersonOption person;
            try {
                person = offered.get(Long.valueOf(value));
            } catch (NumberFormatException e) {
                person = null;
            }
            if (person == null) {
                throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Texts.text("units.person.unknown"), null));
            }
            return person;
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, PersonOption value) {
            return value == null ? "" : String.valueOf(value.id());
        }
    }

    // --- what the page shows ---

    public List<OrganisationSummary> getOrganisations() {
        return all;
    }

    public OrganisationSummary getOrganisation() {
        return organisation;
    }

    public TreeNode<UnitNode> getTree() {
        return tree;
    }

    public List<UnitNode> getUnitList() {
        return unitList;
    }

    public UnitNode getSelectedUnit() {
        return unit(selectedUnitId).orElse(null);
    }

    public String path(UnitNode unit) {
        return paths.get(unit.id());
    }

    /** Active people of the unit and every unit below it. */
    public long peopleWithSubunits(UnitNode unit) {
        return subtreePeople.getOrDefault(unit.id(), 0L);
    }

    public boolean hasSubunits(UnitNode unit) {
        return parents.contains(unit.id());
    }

    public List<PersonOption> getMembers() {
        return members;
    }

    public boolean isChair(PersonOption member) {
        return Objects.equals(chairId, member.id());
    }

    public boolean isCommitteeChanged() {
        return committeeChanged;
    }

    // --- form fields ---

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public TreeNode<UnitNode> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<UnitNode> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public String getNewOrganisationName() {
        return newOrganisationName;
    }

    public void setNewOrganisationName(String newOrganisationName) {
        this.newOrganisationName = newOrganisationName;
    }

    public String getNewTopUnitName() {
        return newTopUnitName;
    }

    public void setNewTopUnitName(String newTopUnitName) {
        this.newTopUnitName = newTopUnitName;
    }

    public String getNewSubUnitName() {
        return newSubUnitName;
    }

    public void setNewSubUnitName(String newSubUnitName) {
        this.newSubUnitName = newSubUnitName;
    }

    public String getNewUnitName() {
        return newUnitName;
    }

    public void setNewUnitName(String newUnitName) {
        this.newUnitName = newUnitName;
    }

    public Long getMoveTarget() {
        return moveTarget;
    }

    public void setMoveTarget(Long moveTarget) {
        this.moveTarget = moveTarget;
    }

    public PersonOption getHead() {
        return head;
    }

    public void setHead(PersonOption head) {
        this.head = head;
    }

    public Long getChairId() {
        return chairId;
    }

    public void setChairId(Long chairId) {
        this.chairId = chairId;
    }

    public PersonOption getNewMember() {
        return newMember;
    }

    public void setNewMember(PersonOption newMember) {
        this.newMember = newMember;
    }
}
