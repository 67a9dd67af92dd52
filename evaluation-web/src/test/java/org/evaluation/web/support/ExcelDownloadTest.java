package org.evaluation.web.support;

import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aChineseNameTravelsAsUtf8AfterRfc5987WithAnAsciiFallback() {
        String header = ExcelDownload.contentDisposition("等次审议-2026-11-21.xlsx", "committee-board-2026-11-21.xlsx");
        assertEquals("attachment; filename=\"committee-board-2026-11-21.xlsx\"; "
                + "filename*=UTF-8''%E7%AD%89%E6%AC%A1%E5%AE%A1%E8%AE%AE-2026-11-21.xlsx", header);
    }

    @Test
    void onlyTheCharactersRfc5987AllowsStayUnencoded() {
        String name = "12345工单 (全部) 50%;\"x\".xlsx";
        String encoded = ExcelDownload.encode(name);
        assertTrue(encoded.matches("[A-Za-z0-9!#$&+\\-.^_`|~%]+"), encoded);
        assertEquals(name, URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8));
        assertTrue(ExcelDownload.contentDisposition(name, "a\"b\\c.xlsx").contains("filename=\"a_b_c.xlsx\""),
                "no quote or backslash inside the quoted fallback");
    }
}
