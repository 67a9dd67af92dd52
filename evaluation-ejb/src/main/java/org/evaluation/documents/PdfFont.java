package org.evaluation.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The CJK font of every document: Droid Sans Fallback (Debian's fonts-droid-fallback, Apache-2.0,
 * licence beside it in the jar), which the build copies onto the classpath. Embedded as a subset
 * with Identity-H, so the PDF shows Chinese on any machine and text extraction gives it back.
 * Parsed once; OpenPDF keeps the subset of each document apart, so documents share it safely.
 */
final class PdfFont {

    static final String RESOURCE = "/org/evaluation/documents/font/DroidSansFallbackFull.ttf";

    private static volatile BaseFont base;
    private static volatile BaseFont latin;

    private PdfFont() {
    }

    static BaseFont base() {
        BaseFont b = base;
        if (b == null) {
            synchronized (PdfFont.class) {
                b = base;
                if (b == null) {
                    b = load();
                    base = b;
                }
            }
        }
        return b;
    }

    private static BaseFont load() {
        try (InputStream in = PdfFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The font " + RESOURCE + " is not on the classpath: build with"
                        + " Debian's fonts-droid-fallback installed");
            }
            BaseFont font = BaseFont.createFont("DroidSansFallbackFull.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    false, in.readAllBytes(), null);
            font.setSubset(true);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text in the CJK font, with what it lacks (Latin letters, digits) in Helvetica, one of
     * the fonts every PDF reader has built in: one chunk for each run of characters in one font.
     */
    static Phrase phrase(String text, float size, boolean bold) {
        int style = bold ? Font.BOLD : Font.NORMAL;
        Font cjk = new Font(base(), size, style);
        Font latin = new Font(latin(), size, style);
        Phrase phrase = new Phrase(size * 1.5f);
        String t = text == null ? "" : text;
        int start = 0;
        Boolean inCjk = null;
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            boolean useCjk = !latin().charExists(c) && base().charExists(c) || c == 0x3000;
            if (inCjk != null && useCjk != inCjk) {
                phrase.add(new Chunk(t.substring(start, i), inCjk ? cjk : latin));
                start = i;
            }
            inCjk = useCjk;
            i += Character.charCount(c);
        }
        if (start < t.length()) {
            phrase.add(new Chunk(t.substring(start), Boolean.TRUE.equals(inCjk) ? cjk : latin));
        }
        return phrase;
    }

    private static BaseFont latin() {
        BaseFont l = latin;
        if (l == null) {
            try {
                l = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            latin = l;
        }
        return l;
    }

    static Phrase phrase(String text, float size) {
        return phrase(text, size, false);
    }
}
