package org.evaluation.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.evaluation.api.RuleViolationException;
import org.evaluation.platform.Versioned;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An internal unit (内设机构) of an organisation; units form a tree. */
@Entity
@Table(name = "org_unit")
@NamedQuery(name = "Unit.ofOrganisation",
        query = "SELECT u FROM Unit u WHERE u.organisation.id = :organisation ORDER BY u.name")
public class Unit implements Versioned {

    /** The longest name the database column holds. */
    public static final int NAME_MAX = Names.MAX;

    @Id
    @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Unit parent;

    private String name;

    protected Unit() {
    }

    public Unit(Organisation organisation, Unit parent, String name) {
        this.organisation = Objects.requireNonNull(organisation);
        this.name = validName(name);
        moveUnder(parent);
    }

    public void rename(String newName) {
        this.name = validName(newName);
    }

    private static String validName(String name) {
        return Names.valid("unit", name);
    }

    /**
     * Moves this unit under another unit of the same organisation (or to the top with null).
     * A unit cannot be moved under itself or under one of its own descendants.
     */
    public void moveUnder(Unit newParent) {
        if (newParent != null) {
            if (!newParent.sameOrganisationAs(this)) {
                throw new RuleViolationException("unit.otherOrganisation", name, newParent.name);
            }
            if (newParent == this) {
                throw new RuleViolationException("unit.moveUnderItself", name, newParent.name);
            }
            for (Unit u = newParent.parent; u != null; u = u.parent) {
                if (u == this) {
                    throw new RuleViolationException("unit.moveUnderOwnDescendant", name, newParent.name);
                }
            }
        }
        this.parent = newParent;
    }

    boolean sameOrganisationAs(Unit other) {
        return organisation == other.organisation
                || organisation.getId() != null && organisation.getId().equals(other.organisation.getId());
    }

    /** Names from the top of the tree down to this unit, e.g. [办公室, 综合科]. */
    public List<String> path() {
        List<String> names = new ArrayList<>();
        for (Unit u = this; u != null; u = u.parent) {
            names.add(0, u.name);
        }
        return names;
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("organisation", organisation.getName());
        s.put("path", String.join(" / ", path()));
        return s;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Unit getParent() {
        return parent;
    }

    public String getName() {
        return name;
    }
}
