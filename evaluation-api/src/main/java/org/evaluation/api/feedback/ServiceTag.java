package org.evaluation.api.feedback;

/** What the person served may tick, from the window-service norms, including a report of 服务忌语. */
public enum ServiceTag {
    /** 微笑服务、仪容仪表 */
    SMILE,
    /** 文明用语 */
    CIVIL_LANGUAGE,
    /** 耐心倾听 */
    PATIENT_LISTENING,
    /** 一次性告知 */
    ONE_TIME_NOTICE,
    /** 首问负责 */
    FIRST_CONTACT,
    /** 使用服务忌语 (reported, e.g. "不知道", "我要下班了") */
    FORBIDDEN_PHRASE;

    /** A report of something wrong rather than praise. */
    public boolean isComplaint() {
        return this == FORBIDDEN_PHRASE;
    }
}
