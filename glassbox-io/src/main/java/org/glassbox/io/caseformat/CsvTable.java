package org.glassbox.io.caseformat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as a {@link Table}: the first row is the header; blank lines are skipped; a row with
 * more or fewer fields than the header is reported (missing fields read as empty).
 */
final class CsvTable implements Table {
    private final String file;
    private final InputStream in;
    private final ProblemLog log;
    private final CsvParser parser;
    private final List<String> header = new ArrayList<>();
    private boolean done;
    private boolean fatal;
    private int headerLine = 1;

    CsvTable(String file, InputStream in, ProblemLog log) {
        this.file = file;
        this.in = in;
        this.log = log;
        this.parser = new CsvParser(in, (line, column, message, found, expected) ->
                log.error(Pos.at(file, line, column), null, found, expected, message));
        readHeader();
    }

    private void readHeader() {
        if (!advance()) {
            if (!fatal) {
                log.error(Pos.of(file), null, null, "a header row naming the columns", "the file is empty");
            }
            return;
        }
        headerLine = parser.rowLine();
        for (int i = 0; i < parser.size(); i++) {
            header.add(parser.field(i).strip());
        }
    }

    /** Next non-blank row; false at the end or after a fatal problem (logged). */
    private boolean advance() {
        if (done) {
            return false;
        }
        try {
            while (parser.next()) {
                if (parser.size() == 1 && parser.field(0).isBlank()) {
                    continue;
                }
                return true;
            }
        } catch (CsvException e) {
            fatal = true;
            log.fatal(new Pos(file, e.line(), e.column(), null), e.found(), e.expected(), e.getMessage());
        } catch (ZipGuard.Refused e) {
            fatal = true;
            log.refused(Pos.of(file), e.getMessage());
        } catch (IOException e) {
            fatal = true;
            log.fatal(Pos.of(file), null, null, "cannot read the file: " + e.getMessage());
        }
        done = true;
        return false;
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Pos headerPos(int col) {
        return Pos.at(file, headerLine, col + 1);
    }

    @Override
    public boolean next() {
        if (!advance()) {
            return false;
        }
        int n = parser.size();
        if (n != header.size()) {
            log.error(Pos.at(file, parser.rowLine(), Math.min(n, header.size()) + 1), null, n + " fields",
                    header.size() + " fields as in the header",
                    n > header.size() ? "the row has more fields than the header" : "the row has fewer fields than the header");
        }
        return true;
    }

    @Override
    public int line() {
        return parser.rowLine();
    }

    @Override
    public String get(int col) {
        return col < parser.size() ? parser.field(col) : "";
    }

    @Override
    public Pos pos(int col) {
        return Pos.at(file, parser.rowLine(), col + 1);
    }

    @Override
    public boolean failed() {
        return fatal;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // reading is over; a failure to close changes nothing the user can act on
        }
    }
}
