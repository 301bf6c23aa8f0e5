package app.ledger.journal;

import app.ledger.support.IsoInstant;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes an {@link EntryView} field by field, in declaration order, as Jackson's record serialisation does,
 * without reflection, with its field names encoded once and its dates and instants written without a string:
 * a 50-row history page spent most of its event-loop time in the generic path. {@code EntryViewSerializerTest}
 * holds the output to the generic one's.
 */
@RegisterForReflection
public class EntryViewSerializer extends StdSerializer<EntryView> {

    private static final SerializableString ID = name("id");
    private static final SerializableString ACCOUNT_ID = name("accountId");
    private static final SerializableString ACCOUNT = name("account");
    private static final SerializableString SEQ = name("seq");
    private static final SerializableString TYPE = name("type");
    private static final SerializableString AMOUNT = name("amount");
    private static final SerializableString BALANCE_AFTER = name("balanceAfter");
    private static final SerializableString RUNNING_BALANCE = name("runningBalance");
    private static final SerializableString CURRENCY = name("currency");
    private static final SerializableString OCCURRED_ON = name("occurredOn");
    private static final SerializableString RECORDED_AT = name("recordedAt");
    private static final SerializableString CREATED_AT = name("createdAt");
    private static final SerializableString DESCRIPTION = name("description");
    private static final SerializableString CATEGORY = name("category");
    private static final SerializableString PAYEE = name("payee");
    private static final SerializableString TAGS = name("tags");
    private static final SerializableString NOTES = name("notes");
    private static final SerializableString TRANSFER_ID = name("transferId");
    private static final SerializableString COUNTERPART_ACCOUNT_ID = name("counterpartAccountId");
    private static final SerializableString COUNTERPART_ACCOUNT = name("counterpartAccount");
    private static final SerializableString REVERSAL_OF = name("reversalOf");
    private static final SerializableString REVERSED_BY = name("reversedBy");
    private static final SerializableString RATE = name("rate");
    private static final SerializableString COUNTER_AMOUNT = name("counterAmount");
    private static final SerializableString COUNTER_CURRENCY = name("counterCurrency");
    private static final SerializableString NAME = name("name");
    private static final SerializableString COLOR = name("color");

    public EntryViewSerializer() {
        super(EntryView.class);
    }

    private static SerializableString name(String name) {
        return new SerializedString(name);
    }

    @Override
    public void serialize(EntryView view, JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeStartObject(view);
        // where the row's date and instants are written before they are copied into the output
        char[] text = new char[IsoInstant.MAX_LENGTH];
        number(json, ID, view.id());
        number(json, ACCOUNT_ID, view.accountId());
        account(json, ACCOUNT, view.account());
        number(json, SEQ, view.seq());
        string(json, TYPE, view.type());
        string(json, AMOUNT, view.amount());
        string(json, BALANCE_AFTER, view.balanceAfter());
        string(json, RUNNING_BALANCE, view.runningBalance());
        string(json, CURRENCY, view.currency());
        date(json, view.occurredOn(), text);
        instant(json, RECORDED_AT, view.recordedAt(), text);
        instant(json, CREATED_AT, view.createdAt(), text);
        string(json, DESCRIPTION, view.description());
        category(json, view.category());
        string(json, PAYEE, view.payee());
        tags(json, view.tags());
        string(json, NOTES, view.notes());
        string(json, TRANSFER_ID, view.transferId());
        number(json, COUNTERPART_ACCOUNT_ID, view.counterpartAccountId());
        account(json, COUNTERPART_ACCOUNT, view.counterpartAccount());
        number(json, REVERSAL_OF, view.reversalOf());
        number(json, REVERSED_BY, view.reversedBy());
        string(json, RATE, view.rate());
        string(json, COUNTER_AMOUNT, view.counterAmount());
        string(json, COUNTER_CURRENCY, view.counterCurrency());
        json.writeEndObject();
    }

    private static void date(JsonGenerator json, LocalDate date, char[] text) throws IOException {
        json.writeFieldName(OCCURRED_ON);
        written(json, date, date == null ? 0 : IsoInstant.write(date, text), text);
    }

    private static void instant(JsonGenerator json, SerializableString field, Instant instant, char[] text)
            throws IOException {
        json.writeFieldName(field);
        written(json, instant, instant == null ? 0 : IsoInstant.write(instant, text), text);
    }

    /** A value as {@code text} holds it ({@code length} characters), as its own text when that is -1, or null. */
    private static void written(JsonGenerator json, Object value, int length, char[] text) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (length < 0) {
            json.writeString(value.toString());
        } else {
            json.writeString(text, 0, length);
        }
    }

    private static void string(JsonGenerator json, SerializableString field, String value) throws IOException {
        json.writeFieldName(field);
        json.writeString(value);
    }

    private static void number(JsonGenerator json, SerializableString field, long value) throws IOException {
        json.writeFieldName(field);
        json.writeNumber(value);
    }

    private static void number(JsonGenerator json, SerializableString field, Long value) throws IOException {
        json.writeFieldName(field);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value.longValue());
        }
    }

    private static void account(JsonGenerator json, SerializableString field, AccountRef account) throws IOException {
        json.writeFieldName(field);
        if (account == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject(account);
        number(json, ID, account.id());
        string(json, NAME, account.name());
        json.writeEndObject();
    }

    private static void category(JsonGenerator json, CategoryRef category) throws IOException {
        json.writeFieldName(CATEGORY);
        if (category == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject(category);
        number(json, ID, category.id());
        string(json, NAME, category.name());
        string(json, COLOR, category.color());
        json.writeEndObject();
    }

    private static void tags(JsonGenerator json, List<String> tags) throws IOException {
        json.writeFieldName(TAGS);
        if (tags == null) {
            json.writeNull();
            return;
        }
        json.writeStartArray(tags, tags.size());
        for (String tag : tags) {
            json.writeString(tag);
        }
        json.writeEndArray();
    }
}
