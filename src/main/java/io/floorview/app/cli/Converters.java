package io.floorview.app.cli;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters that say what was wrong with the value. */
final class Converters {

    private Converters() {
    }

    static final class Zone implements ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                throw new TypeConversionException("'" + value + "' is not a time zone; use a name such as Europe/Rome or UTC");
            }
        }
    }

    static final class Time implements ITypeConverter<LocalTime> {
        @Override
        public LocalTime convert(String value) {
            try {
                return LocalTime.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a time of day; use HH:MM such as 06:00");
            }
        }
    }
}
