package org.evaluation.web.api;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Values of a request read from their JSON text; a wrong one is refused with 422 naming its field. */
final class ApiValues {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private ApiValues() {
    }

    /** One of the enum's values by its name (case does not matter). */
    static <E extends Enum<E>> E oneOf(String field, Class<E> type, String value) {
        String name = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new ApiProblem(422, "api.error.valueNotAllowed", field, Map.of(), field, String.valueOf(value),
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** An ISO-8601 time: with an offset, converted to China's time; without one, taken as China's time. */
    static LocalDateTime time(String field, String value) {
        String text = value.strip();
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException notLocal) {
            try {
                return OffsetDateTime.parse(text).atZoneSameInstant(CHINA).toLocalDateTime();
            } catch (DateTimeParseException notWithOffset) {
                throw new ApiProblem(422, "api.error.timeInvalid", field, Map.of(), field, value);
            }
        }
    }
}
