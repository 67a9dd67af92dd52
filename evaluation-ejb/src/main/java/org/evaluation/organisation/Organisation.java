package org.evaluation.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.evaluation.api.RuleViolationException;
import org.evaluation.platform.Versioned;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An organisation (机关): its head (机关负责人) and its assessment committee (考核委员会). */
@Entity
@NamedQuery(name = "Organisation.all", query = "SELECT o FROM Organisation o ORDER BY o.name")
@NamedQuery(name = "Organisation.among",
        query = "SELECT o FROM Organisation o WHERE o.id IN :organisations ORDER BY o.name")
@NamedQuery(name = "Organisation.byName", query = "SELECT o FROM Organisation o WHERE o.name = :name")
@NamedQuery(name = "Organisation.overseenBy",
        query = "SELECT o.id FROM Organisation o WHERE o.competentAuthority.id = :authority")
public class Organisation implements Versioned {

    /** The longest name the database column holds. */
    public static final int NAME_MAX = Names.MAX;

    @Id
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    private Long id;

    @Version
    private long version;

    private String name;

    @ManyToOne
    @JoinColumn(name = "head_id")
    private Person head;

    @ManyToOne
    @JoinColumn(name = "committee_chair_id")
    private Person committeeChair;

    /** The competent authority (公务员主管部门) the organisation answers to, itself an organisation. */
    @ManyToOne
    @JoinColumn(name = "competent_authority_id")
    private Organisation competentAuthority;

    @ManyToMany
    @JoinTable(name = "committee_member", joinColumns = @JoinColumn(name = "organisation_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    @OrderBy("name")
    private List<Person> committeeMembers = new ArrayList<>();

    protected Organisation() {
    }

    public Organisation(String name) {
        this.name = validName(name);
    }

    private static String validName(String name) {
        return Names.valid("organisation", name);
    }

    /** Places the organisation under a competent authority, or under none; never under itself. */
    public void answerTo(Organisation authority) {
        if (authority != null && authority.getId() != null && authority.getId().equals(id)) {
            throw new RuleViolationException("organisation.ownAuthority");
        }
        this.competentAuthority = authority;
    }

    public Organisation getCompetentAuthority() {
        return competentAuthority;
    }

    /** The head must belong to the organisation and still work there. */
    public void appointHead(Person person) {
        if (person != null) {
            requireActiveMember(person);
        }
        this.head = person;
    }

    /**
     * Replaces the committee. Members must be active people of the organisation; the chair, if
     * named, must be one of the members.
     */
    public void formCommittee(Collection<Person> members, Person chair) {
        members.forEach(this::requireActiveMember);
        if (chair != null && !members.contains(chair)) {
            throw new RuleViolationException("committee.chairNotMember", chair.getName());
        }
        this.committeeMembers = new ArrayList<>(members);
        this.committeeChair = chair;
    }

    private void requireActiveMember(Person person) {
        if (!person.belongsTo(this) || !person.isActive()) {
            throw new RuleViolationException("organisation.notActiveMember", person.getName(), name);
        }
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("head", head == null ? null : head.getName());
        s.put("committeeChair", committeeChair == null ? null : committeeChair.getName());
        s.put("committeeMembers", committeeMembers.stream().map(Person::getName).toList());
        s.put("competentAuthority", competentAuthority == null ? null : competentAuthority.getName());
        return s;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public Person getHead() {
        return head;
    }

    public Person getCommitteeChair() {
        return committeeChair;
    }

    public List<Person> getCommitteeMembers() {
        return List.copyOf(committeeMembers);
    }
}
