package org.evaluation.web.support;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExcelDownloadTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);

    @Test
    void theFileIsNamedAfterThePageAndTheDay() {
        assertEquals("等次审议-2026-11-21.xlsx", ExcelDownload.fileName("等次审议", DAY));
        assertEquals("市政务服务中心-2026-年度考核结果-2026-11-21.xlsx",
                ExcelDownload.fileName("市政务服务中心 2026 年度考核结果", DAY));
        assertEquals("a-b-2026-11-21.xlsx", ExcelDownload.fileName("a/b", DAY), "no path in a file name");
        assertEquals("export-2026-11-21.xlsx", ExcelDownload.fileName("  ", DAY));
    }
}
