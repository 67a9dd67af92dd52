package org.evaluation.web.support;

import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttachmentTest {

    @Test
    void aChineseNameTravelsAsUtf8AfterRfc5987WithAnAsciiFallback() {
        String header = Attachment.header("等次审议-2026-11-21.xlsx", "committee-board-2026-11-21.xlsx");
        assertEquals("attachment; filename=\"committee-board-2026-11-21.xlsx\"; "
                + "filename*=UTF-8''%E7%AD%89%E6%AC%A1%E5%AE%A1%E8%AE%AE-2026-11-21.xlsx", header);
    }

    @Test
    void onlyTheCharactersRfc5987AllowsStayUnencoded() {
        String name = "12345工单 (全部) 50%;\"x\".xlsx";
        String encoded = Attachment.encode(name);
        assertTrue(encoded.matches("[A-Za-z0-9!#$&+\\-.^_`|~%]+"), encoded);
        assertEquals(name, URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8));
        assertTrue(Attachment.header(name, "a\"b\\c.xlsx").contains("filename=\"a_b_c.xlsx\""),
                "no quote or backslash inside the quoted fallback");
    }
}
