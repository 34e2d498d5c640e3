package org.glassbox.report.pdf;

import java.io.IOException;

/** A PDF that could not be printed: Chromium missing, failing, or too slow; the message says which and what it printed. */
public final class PdfException extends IOException {
    public PdfException(String message) {
        super(message);
    }

    public PdfException(String message, Throwable cause) {
        super(message, cause);
    }
}
