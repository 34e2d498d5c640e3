package org.glassbox.core.model;

import java.util.Arrays;

/**
 * A typed, columnar attribute of the events (or of anything indexed 0..size-1). Missing values:
 * string code -1, long/time {@link Long#MIN_VALUE}, double NaN, boolean -1.
 */
public final class AttributeColumn {

    /** The value type of a column. */
    public enum Kind { STRING, LONG, DOUBLE, BOOLEAN, TIME }

    public static final long MISSING_LONG = Long.MIN_VALUE;

    private final String name;
    private final Kind kind;
    private final int[] codes;
    private final Dictionary dictionary;
    private final long[] longs;
    private final double[] doubles;
    private final byte[] booleans;

    private AttributeColumn(String name, Kind kind, int[] codes, Dictionary dictionary, long[] longs,
                            double[] doubles, byte[] booleans) {
        this.name = name;
        this.kind = kind;
        this.codes = codes;
        this.dictionary = dictionary;
        this.longs = longs;
        this.doubles = doubles;
        this.booleans = booleans;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public int size() {
        return switch (kind) {
            case STRING -> codes.length;
            case LONG, TIME -> longs.length;
            case DOUBLE -> doubles.length;
            case BOOLEAN -> booleans.length;
        };
    }

    public boolean isPresent(int i) {
        return switch (kind) {
            case STRING -> codes[i] >= 0;
            case LONG, TIME -> longs[i] != MISSING_LONG;
            case DOUBLE -> !Double.isNaN(doubles[i]);
            case BOOLEAN -> booleans[i] >= 0;
        };
    }

    /** Dictionary code of a STRING column's value at {@code i}, -1 when missing. */
    public int code(int i) {
        requireKind(Kind.STRING);
        return codes[i];
    }

    public Dictionary dictionary() {
        requireKind(Kind.STRING);
        return dictionary;
    }

    public long longValue(int i) {
        if (kind != Kind.LONG && kind != Kind.TIME) {
            throw new IllegalStateException(name + " is a " + kind + " column");
        }
        return longs[i];
    }

    public double doubleValue(int i) {
        return switch (kind) {
            case DOUBLE -> doubles[i];
            case LONG -> longs[i] == MISSING_LONG ? Double.NaN : longs[i];
            default -> throw new IllegalStateException(name + " is a " + kind + " column");
        };
    }

    public boolean booleanValue(int i) {
        requireKind(Kind.BOOLEAN);
        return booleans[i] == 1;
    }

    /** The value as text (time as epoch milliseconds), or null when missing. */
    public String text(int i) {
        if (!isPresent(i)) {
            return null;
        }
        return switch (kind) {
            case STRING -> dictionary.value(codes[i]);
            case LONG, TIME -> Long.toString(longs[i]);
            case DOUBLE -> Double.toString(doubles[i]);
            case BOOLEAN -> Boolean.toString(booleans[i] == 1);
        };
    }

    private void requireKind(Kind k) {
        if (kind != k) {
            throw new IllegalStateException(name + " is a " + kind + " column, not " + k);
        }
    }

    /** Builds one column; values are set at increasing or repeated indices, gaps stay missing. */
    public static final class Builder {
        private final String name;
        private Kind kind;
        private final IntArrayBuilder codes = new IntArrayBuilder();
        private Dictionary dictionary;
        private long[] longs = new long[0];
        private double[] doubles = new double[0];
        private byte[] booleans = new byte[0];
        private int size;

        public Builder(String name, Kind kind) {
            this.name = name;
            this.kind = kind;
            if (kind == Kind.STRING) {
                dictionary = new Dictionary();
            }
        }

        public Kind kind() {
            return kind;
        }

        private void grow(int index) {
            int n = index + 1;
            switch (kind) {
                case STRING -> codes.padTo(n, -1);
                case LONG, TIME -> {
                    if (longs.length < n) {
                        int old = longs.length;
                        longs = Arrays.copyOf(longs, Math.max(n, old + (old >> 1) + 16));
                        Arrays.fill(longs, old, longs.length, MISSING_LONG);
                    }
                }
                case DOUBLE -> {
                    if (doubles.length < n) {
                        int old = doubles.length;
                        doubles = Arrays.copyOf(doubles, Math.max(n, old + (old >> 1) + 16));
                        Arrays.fill(doubles, old, doubles.length, Double.NaN);
                    }
                }
                case BOOLEAN -> {
                    if (booleans.length < n) {
                        int old = booleans.length;
                        booleans = Arrays.copyOf(booleans, Math.max(n, old + (old >> 1) + 16));
                        Arrays.fill(booleans, old, booleans.length, (byte) -1);
                    }
                }
            }
            size = Math.max(size, n);
        }

        public void setString(int index, String value) {
            if (value == null) {
                return;
            }
            if (kind != Kind.STRING) {
                toStringKind();
            }
            grow(index);
            codes.set(index, dictionary.intern(value));
        }

        public void setLong(int index, long value) {
            if (kind == Kind.STRING) {
                setString(index, Long.toString(value));
                return;
            }
            if (kind == Kind.DOUBLE) {
                setDouble(index, value);
                return;
            }
            if (kind != Kind.LONG && kind != Kind.TIME) {
                toStringKind();
                setString(index, Long.toString(value));
                return;
            }
            grow(index);
            longs[index] = value;
        }

        public void setDouble(int index, double value) {
            if (kind == Kind.LONG) {
                // widen the column: integers read as doubles lose nothing below 2^53
                double[] d = new double[longs.length];
                for (int i = 0; i < longs.length; i++) {
                    d[i] = longs[i] == MISSING_LONG ? Double.NaN : longs[i];
                }
                doubles = d;
                longs = new long[0];
                kind = Kind.DOUBLE;
            }
            if (kind != Kind.DOUBLE) {
                toStringKind();
                setString(index, Double.toString(value));
                return;
            }
            grow(index);
            doubles[index] = value;
        }

        public void setBoolean(int index, boolean value) {
            if (kind != Kind.BOOLEAN) {
                toStringKind();
                setString(index, Boolean.toString(value));
                return;
            }
            grow(index);
            booleans[index] = (byte) (value ? 1 : 0);
        }

        /** A column whose values disagree in type falls back to text, losing nothing. */
        private void toStringKind() {
            if (kind == Kind.STRING) {
                return;
            }
            Dictionary d = new Dictionary();
            IntArrayBuilder c = new IntArrayBuilder(size);
            for (int i = 0; i < size; i++) {
                String t = switch (kind) {
                    case LONG, TIME -> longs[i] == MISSING_LONG ? null : Long.toString(longs[i]);
                    case DOUBLE -> Double.isNaN(doubles[i]) ? null : Double.toString(doubles[i]);
                    case BOOLEAN -> booleans[i] < 0 ? null : Boolean.toString(booleans[i] == 1);
                    default -> throw new AssertionError();
                };
                c.add(t == null ? -1 : d.intern(t));
            }
            for (int i = 0; i < size; i++) {
                codes.add(c.get(i));
            }
            dictionary = d;
            kind = Kind.STRING;
            longs = new long[0];
            doubles = new double[0];
            booleans = new byte[0];
        }

        /** The finished column of exactly {@code n} entries. */
        public AttributeColumn build(int n) {
            if (n > 0) {
                grow(n - 1);
            }
            return switch (kind) {
                case STRING -> new AttributeColumn(name, kind, Arrays.copyOf(codes.toArray(), n), dictionary.freeze(), null, null, null);
                case LONG, TIME -> new AttributeColumn(name, kind, null, null, Arrays.copyOf(longs, n), null, null);
                case DOUBLE -> new AttributeColumn(name, kind, null, null, null, Arrays.copyOf(doubles, n), null);
                case BOOLEAN -> new AttributeColumn(name, kind, null, null, null, null, Arrays.copyOf(booleans, n));
            };
        }
    }
}
