package org.evaluation.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of every document: Droid Sans Fallback for Chinese (Debian's fonts-droid-fallback,
 * Apache-2.0, licence beside it in the jar), which the build copies onto the classpath, and
 * Liberation Sans for the Latin letters and digits it lacks (from OpenPDF's fonts jar, SIL OFL,
 * licence inside that jar). Both are embedded as subsets with Identity-H, so the PDF shows the same
 * on any machine and text extraction gives the text back. Each is parsed once; OpenPDF keeps the
 * subset of each document apart, so documents share them safely.
 */
final class PdfFont {

    static final String RESOURCE = "/org/evaluation/documents/font/DroidSansFallbackFull.ttf";
    static final String LATIN_RESOURCE = "/liberation/LiberationSans-Regular.ttf";

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
        return embedded(RESOURCE, "DroidSansFallbackFull.ttf",
                "build with Debian's fonts-droid-fallback installed");
    }

    private static BaseFont embedded(String resource, String name, String remedy) {
        try (InputStream in = PdfFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is not on the classpath: " + remedy);
            }
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    in.readAllBytes(), null);
            font.setSubset(true);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text in the CJK font, with what it lacks (Latin letters, digits) in Liberation Sans: one
     * chunk for each run of characters in one font.
     */
    static Phrase phrase(String text, float size, boolean bold) {
        int style = bold ? Font.BOLD : Font.NORMAL;
        Font cjk = new Font(base(), size, style);
        Font latin = new Font(latin(), size, style);
        // the phrase's own font too: an empty cell or paragraph still sets a line in it
        Phrase phrase = new Phrase(size * 1.5f, "", cjk);
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
            synchronized (PdfFont.class) {
                l = latin;
                if (l == null) {
                    l = embedded(LATIN_RESOURCE, "LiberationSans-Regular.ttf",
                            "the jar com.github.librepdf:openpdf-fonts-extra is missing");
                    latin = l;
                }
            }
        }
        return l;
    }

    static Phrase phrase(String text, float size) {
        return phrase(text, size, false);
    }
}
