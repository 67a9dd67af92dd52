package org.evaluation.api.feedback;

/** How a rating reached the platform. */
public enum RatingChannel {
    /** 窗口评价器 */
    DEVICE,
    /** 扫码评价 */
    QR_CODE,
    /** 网上评价 */
    ONLINE,
    /** 移动端评价 */
    MOBILE,
    /** 自助终端 */
    KIOSK,
    /** 12345 热线回访 */
    HOTLINE,
    /** 纸质评价表, entered by staff with the form's number */
    PAPER,
    /** 默认评价: given by the platform when nobody rated in time */
    SYSTEM
}
