package org.evaluation.api.hotline;

/** What a 12345 caller wants: 咨询, 求助, 投诉, 举报, 建议 or 表扬. */
public enum HotlineOrderType {
    INQUIRY, HELP, COMPLAINT, REPORT, SUGGESTION, PRAISE
}
