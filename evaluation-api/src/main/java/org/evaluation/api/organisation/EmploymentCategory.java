package org.evaluation.api.organisation;

/** 公务员 / 参照公务员法管理 / 事业编制: decides the grade scheme of the annual assessment. */
public enum EmploymentCategory {
    CIVIL_SERVANT, MANAGED_AS_CIVIL_SERVANT, PUBLIC_INSTITUTION
}
