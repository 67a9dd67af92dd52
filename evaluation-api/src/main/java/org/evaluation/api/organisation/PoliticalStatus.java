package org.evaluation.api.organisation;

/** 政治面貌, as the register form records it. */
public enum PoliticalStatus {
    /** 中共党员. */
    CPC_MEMBER,
    /** 中共预备党员. */
    CPC_PROBATIONARY_MEMBER,
    /** 共青团员. */
    CYL_MEMBER,
    /** 民主党派成员. */
    DEMOCRATIC_PARTY_MEMBER,
    /** 无党派人士. */
    NON_PARTISAN,
    /** 群众. */
    MASSES
}
