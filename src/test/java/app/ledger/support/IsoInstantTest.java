package app.ledger.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class IsoInstantTest {

    @Test
    void writesEveryInstantAsInstantToStringDoes() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            long seconds = switch (i % 4) {
                case 0 -> random.nextLong(-62_200_000_000L, 253_500_000_000L);
                case 1 -> random.nextLong(0, 4_102_444_800L);
                case 2 -> random.nextLong(-400_000, 400_000) * 86_400;
                default -> random.nextLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond());
            };
            int nano = switch (i % 5) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nano);
            assertWritten(instant, () -> "seconds " + seconds + ", nano " + nano);
        }
    }

    @Test
    void writesTheEdgesOfTheFourDigitYearsAndOfTheDay() {
        for (String text : new String[] {"0000-12-31T23:59:59.999999999Z", "0001-01-01T00:00:00Z",
                "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.000001Z", "2000-02-29T12:00:00.100Z",
                "2024-02-29T23:59:59.999999Z", "9999-12-31T23:59:59.999999999Z", "+10000-01-01T00:00:00Z"}) {
            Instant instant = Instant.parse(text);
            assertWritten(instant, () -> text);
        }
    }

    @Test
    void writesEveryDateAsLocalDateToStringDoes() {
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 100_000; i++) {
            long day = i % 2 == 0 ? random.nextLong(-800_000, 3_000_000) : random.nextLong(0, 60_000);
            LocalDate date = LocalDate.ofEpochDay(day);
            assertWritten(date, () -> "day " + day);
        }
        for (String text : new String[] {"0000-12-31", "0001-01-01", "1970-01-01", "2000-02-29", "9999-12-31",
                "+10000-01-01", "-0001-06-15"}) {
            LocalDate date = LocalDate.parse(text);
            assertWritten(date, () -> text);
        }
    }

    /** Written exactly as the JDK writes it when its year has four plain digits (from 0001), else left alone. */
    private static void assertWritten(Instant instant, Supplier<String> which) {
        char[] text = new char[IsoInstant.MAX_LENGTH];
        assertWritten(instant.toString(), false, text, IsoInstant.write(instant, text), which);
    }

    /** As for instants, from the year 0000. */
    private static void assertWritten(LocalDate date, Supplier<String> which) {
        char[] text = new char[IsoInstant.MAX_LENGTH];
        assertWritten(date.toString(), true, text, IsoInstant.write(date, text), which);
    }

    private static void assertWritten(String expected, boolean yearZeroWritten, char[] text, int length,
            Supplier<String> which) {
        if (hasPlainYear(expected) && (yearZeroWritten || !expected.startsWith("0000"))) {
            assertEquals(expected, new String(text, 0, Math.max(length, 0)), which);
        } else {
            assertEquals(-1, length, which);
        }
    }

    private static boolean hasPlainYear(String iso) {
        return Character.isDigit(iso.charAt(0)) && iso.charAt(4) == '-';
    }
}
