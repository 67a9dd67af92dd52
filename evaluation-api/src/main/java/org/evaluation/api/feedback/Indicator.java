package org.evaluation.api.feedback;

import java.util.List;

/** The sub-indicators of a rating: three for services in person, four for services online. */
public enum Indicator {
    /** 服务效率 */
    EFFICIENCY,
    /** 服务水平 */
    PROFICIENCY,
    /** 服务态度 */
    ATTITUDE,
    /** 办事效率 */
    ONLINE_EFFICIENCY,
    /** 办事指南精确度 */
    GUIDE_ACCURACY,
    /** 办事便捷度 */
    CONVENIENCE,
    /** 平台操作性 */
    USABILITY;

    public static final List<Indicator> OFFLINE = List.of(EFFICIENCY, PROFICIENCY, ATTITUDE);
    public static final List<Indicator> ONLINE = List.of(ONLINE_EFFICIENCY, GUIDE_ACCURACY, CONVENIENCE, USABILITY);
}
