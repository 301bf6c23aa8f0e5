package app.ledger.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EntryViewSerializerTest {

    /** Takes the hand-written serializer away, leaving Jackson's generic record serialisation. */
    @JsonSerialize(using = JsonSerializer.None.class)
    private interface Generic {
    }

    private static JsonMapper.Builder mapper() {
        // as the service's mapper writes dates: ISO strings, not numbers
        return JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private final ObjectMapper handWritten = mapper().build();
    private final ObjectMapper generic = mapper().addMixIn(EntryView.class, Generic.class).build();

    @Test
    void writesEveryViewExactlyAsJacksonsRecordSerialisationDoes() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 5_000; i++) {
            List<EntryView> page = List.of(randomView(random), randomView(random));
            Object wrapped = Map.of("items", page);
            assertEquals(generic.writeValueAsString(wrapped), handWritten.writeValueAsString(wrapped));
        }
    }

    @Test
    void theGenericPathReallyIsTheOtherOne() throws Exception {
        EntryView view = randomView(new SplittableRandom(1));
        assertEquals(generic.writeValueAsString(view), handWritten.writeValueAsString(view));
        // a field the hand-written one leaves out would show here: the generic path lists each component
        assertEquals(25, generic.readTree(generic.writeValueAsString(view)).size());
    }

    private static EntryView randomView(SplittableRandom random) {
        Instant recorded = Instant.ofEpochSecond(random.nextLong(0, 4_000_000_000L), random.nextInt(1_000_000) * 1000);
        Instant created = random.nextInt(4) == 0 ? Instant.ofEpochSecond(random.nextLong(0, 4_000_000_000L),
                random.nextInt(1_000_000_000)) : recorded;
        return new EntryView(random.nextLong(), random.nextLong(), maybe(random, () -> new AccountRef(
                random.nextLong(), text(random))), random.nextLong(0, Long.MAX_VALUE), text(random), text(random),
                maybe(random, () -> text(random)), maybe(random, () -> text(random)), text(random),
                maybe(random, () -> LocalDate.ofEpochDay(random.nextLong(-800_000, 2_900_000))),
                maybe(random, () -> recorded), maybe(random, () -> created), maybe(random, () -> text(random)),
                maybe(random, () -> new CategoryRef(random.nextLong(), text(random),
                        maybe(random, () -> text(random)))),
                maybe(random, () -> text(random)), maybe(random, () -> tags(random)), maybe(random, () -> text(random)),
                maybe(random, () -> text(random)), maybe(random, random::nextLong),
                maybe(random, () -> new AccountRef(random.nextLong(), text(random))), maybe(random, random::nextLong),
                maybe(random, random::nextLong), maybe(random, () -> text(random)), maybe(random, () -> text(random)),
                maybe(random, () -> text(random)));
    }

    private static <T> T maybe(SplittableRandom random, java.util.function.Supplier<T> value) {
        return random.nextInt(3) == 0 ? null : value.get();
    }

    private static List<String> tags(SplittableRandom random) {
        List<String> tags = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            tags.add(text(random));
        }
        return tags;
    }

    private static final String ALPHABET = "aZ09 \"\\/\n\t\u0001éÉ€😀<>&'";

    private static String text(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            int at = random.nextInt(ALPHABET.length() - 1);
            // the emoji is two chars: never split it
            text.append(Character.isHighSurrogate(ALPHABET.charAt(at)) ? ALPHABET.substring(at, at + 2)
                    : Character.isLowSurrogate(ALPHABET.charAt(at)) ? "x" : ALPHABET.substring(at, at + 1));
        }
        return text.toString();
    }
}
