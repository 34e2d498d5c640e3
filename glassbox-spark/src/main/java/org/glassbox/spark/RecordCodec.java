package org.glassbox.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.objenesis.strategy.StdInstantiatorStrategy;

/**
 * Glassbox's result records as bytes, for a Spark task's result and argument: glassbox-core's
 * records are not {@link java.io.Serializable}, and Spark's own Kryo set-up knows neither records
 * nor the JDK's immutable collections. With Kryo (the library Spark ships): a record is written as
 * its components in declaration order and read back through its canonical constructor (so its
 * compact constructor validates and freezes again); a list, set or map as its size and elements,
 * read back as an {@code ArrayList}, insertion-ordered {@code LinkedHashSet}/{@code LinkedHashMap}
 * (sorted ones as {@code TreeSet}/{@code TreeMap} in natural order); any other class field by field
 * (Kryo's field serializer, instances made without a constructor). Iteration order survives, so
 * every printed and JSON output of a decoded result is the original's.
 */
final class RecordCodec {
    private RecordCodec() {
    }

    private static final ThreadLocal<Kryo> KRYO = ThreadLocal.withInitial(RecordCodec::kryo);

    private static Kryo kryo() {
        Kryo k = new Kryo();
        k.setRegistrationRequired(false);
        k.setReferences(true);
        k.setClassLoader(RecordCodec.class.getClassLoader());
        k.setInstantiatorStrategy(new Kryo.DefaultInstantiatorStrategy(new StdInstantiatorStrategy()));
        // added defaults take precedence over Kryo's built-in ones, in the order added
        k.addDefaultSerializer(Record.class, new RecordSerializer());
        k.addDefaultSerializer(Map.class, new MapSerializer());
        k.addDefaultSerializer(Set.class, new SetSerializer());
        k.addDefaultSerializer(List.class, new ListSerializer());
        k.addDefaultSerializer(Collection.class, new ListSerializer());
        return k;
    }

    static byte[] encode(Object value) {
        Output out = new Output(4096, -1);
        KRYO.get().writeClassAndObject(out, value);
        return out.toBytes();
    }

    static <T> T decode(byte[] bytes, Class<T> type) {
        return type.cast(KRYO.get().readClassAndObject(new Input(bytes)));
    }

    /** A record by its components; read back through the canonical constructor. */
    static final class RecordSerializer extends Serializer<Record> {
        @Override
        public void write(Kryo kryo, Output output, Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    java.lang.reflect.Method m = c.getAccessor();
                    m.setAccessible(true);
                    kryo.writeClassAndObject(output, m.invoke(r));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read component " + c.getName() + " of " + r.getClass().getName(), e);
                }
            }
        }

        @Override
        public Record read(Kryo kryo, Input input, Class<Record> type) {
            RecordComponent[] cs = type.getRecordComponents();
            Class<?>[] types = new Class<?>[cs.length];
            Object[] values = new Object[cs.length];
            for (int i = 0; i < cs.length; i++) {
                types[i] = cs[i].getType();
                values[i] = kryo.readClassAndObject(input);
            }
            try {
                Constructor<Record> k = type.getDeclaredConstructor(types);
                k.setAccessible(true);
                return k.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot rebuild a " + type.getName(), e);
            }
        }
    }

    static final class ListSerializer extends Serializer<Collection<Object>> {
        @Override
        public void write(Kryo kryo, Output output, Collection<Object> c) {
            output.writeInt(c.size(), true);
            for (Object o : c) {
                kryo.writeClassAndObject(output, o);
            }
        }

        @Override
        public Collection<Object> read(Kryo kryo, Input input, Class<Collection<Object>> type) {
            int n = input.readInt(true);
            List<Object> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(kryo.readClassAndObject(input));
            }
            return out;
        }
    }

    static final class SetSerializer extends Serializer<Set<Object>> {
        @Override
        public void write(Kryo kryo, Output output, Set<Object> s) {
            output.writeBoolean(s instanceof java.util.SortedSet<?> sorted && sorted.comparator() == null);
            output.writeInt(s.size(), true);
            for (Object o : s) {
                kryo.writeClassAndObject(output, o);
            }
        }

        @Override
        public Set<Object> read(Kryo kryo, Input input, Class<Set<Object>> type) {
            boolean sorted = input.readBoolean();
            int n = input.readInt(true);
            Set<Object> out = sorted ? new TreeSet<>() : new LinkedHashSet<>();
            for (int i = 0; i < n; i++) {
                out.add(kryo.readClassAndObject(input));
            }
            return out;
        }
    }

    static final class MapSerializer extends Serializer<Map<Object, Object>> {
        @Override
        public void write(Kryo kryo, Output output, Map<Object, Object> m) {
            output.writeBoolean(m instanceof java.util.SortedMap<?, ?> sorted && sorted.comparator() == null);
            output.writeInt(m.size(), true);
            for (Map.Entry<Object, Object> e : m.entrySet()) {
                kryo.writeClassAndObject(output, e.getKey());
                kryo.writeClassAndObject(output, e.getValue());
            }
        }

        @Override
        public Map<Object, Object> read(Kryo kryo, Input input, Class<Map<Object, Object>> type) {
            boolean sorted = input.readBoolean();
            int n = input.readInt(true);
            Map<Object, Object> out = sorted ? new TreeMap<>() : new LinkedHashMap<>(Math.max(4, n * 2));
            for (int i = 0; i < n; i++) {
                Object k = kryo.readClassAndObject(input);
                out.put(k, kryo.readClassAndObject(input));
            }
            return out;
        }
    }
}
