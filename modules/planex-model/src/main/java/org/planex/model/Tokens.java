package org.planex.model;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Maps schema tokens to enum constants with an error that lists the allowed tokens. */
final class Tokens {
    private Tokens() {
    }

    static <E extends Enum<E>> E fromToken(Class<E> type, String token, Function<E, String> tokenOf) {
        for (E e : type.getEnumConstants()) {
            if (tokenOf.apply(e).equals(token)) {
                return e;
            }
        }
        throw new IllegalArgumentException("'" + token + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(tokenOf).collect(Collectors.joining(", ")));
    }
}
