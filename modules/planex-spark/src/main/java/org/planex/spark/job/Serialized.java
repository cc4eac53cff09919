package org.planex.spark.job;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * Java serialisation of the values the stages send each other inside Spark rows (a border feature in a binary
 * column), reading back only planex, JTS and JDK classes.
 *
 * <p><b>Thread safety:</b> stateless.
 *
 * @since 0.1
 */
public final class Serialized {

    private static final ObjectInputFilter ONLY_OURS = ObjectInputFilter.Config.createFilter(
            "org.planex.**;org.locationtech.jts.**;java.**;maxdepth=64;!*");

    private Serialized() {
    }

    /** The bytes of a value. */
    public static byte[] bytes(Serializable value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (ObjectOutputStream o = new ObjectOutputStream(out)) {
            o.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise a " + value.getClass().getName(), e);
        }
        return out.toByteArray();
    }

    /**
     * The value of some bytes.
     *
     * @throws IllegalStateException if they are not a value of that type
     */
    public static <T> T value(byte[] bytes, Class<T> type) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(ONLY_OURS);
            return type.cast(in.readObject());
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("a border feature sent between the stages cannot be read back: " + e, e);
        }
    }
}
