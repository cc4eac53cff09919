package org.planex.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A location survives Java serialisation (a distributed engine ships issues with it), its path included. */
class LocationSerializationTest {

    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    @Test
    void everyPartComesBack() throws Exception {
        Location l = new Location(Path.of("/data/plans/青浦.planex.zip"), "plan.xml", 12, 7, 3, "QP-1");
        assertThat(roundTrip(l)).isEqualTo(l);
    }

    @Test
    void unknownPartsStayUnknown() throws Exception {
        assertThat(roundTrip(Location.UNKNOWN)).isEqualTo(Location.UNKNOWN);
    }
}
