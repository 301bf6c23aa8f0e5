package app.ledger.imports.profile;

import app.ledger.imports.csv.CsvDialect;
import app.ledger.imports.csv.CsvJson;
import app.ledger.imports.csv.CsvMapping;
import app.ledger.persistence.ConstraintViolations;
import app.ledger.problem.FieldErrors;
import app.ledger.problem.UnicodeText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** A user's saved CSV mappings: listed, created, changed, deleted, and found by the header of a file. */
@ApplicationScoped
public class ImportProfileService {

    /** Profiles one user may keep; the list answers them all at once. */
    public static final int MAX_PER_USER = 100;
    static final int NAME_MAX = 100;
    private static final Pattern FINGERPRINT = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final Set<String> FIELDS = Set.of("name", "headerFingerprint", "mapping", "dialect");

    private final ImportProfileRepository profiles;
    private final ObjectMapper json;

    public ImportProfileService(ImportProfileRepository profiles, ObjectMapper json) {
        this.profiles = profiles;
        this.json = json;
    }

    @WithSession
    public Uni<List<ImportProfileView>> list(long userId) {
        return profiles.listOwnedBy(userId).map(found -> found.stream().map(this::view).toList());
    }

    @WithSession
    public Uni<ImportProfileView> get(long userId, long id) {
        return owned(userId, id).map(this::view);
    }

    /** The profile, or null when the user has none of this id. */
    @WithSession
    public Uni<ImportProfileView> find(long userId, long id) {
        return profiles.owned(userId, id).map(found -> found == null ? null : view(found));
    }

    /** The user's profile made for a file with this header, or null. */
    @WithSession
    public Uni<ImportProfileView> forHeader(long userId, String fingerprint) {
        if (fingerprint == null) {
            return Uni.createFrom().nullItem();
        }
        return profiles.forHeader(userId, fingerprint).map(found -> found == null ? null : view(found));
    }

    @WithTransaction
    public Uni<ImportProfileView> create(long userId, ObjectNode body) {
        FieldErrors errors = new FieldErrors();
        unknownFields(body, errors);
        String name = name(body == null ? null : body.get("name"), errors);
        String fingerprint = fingerprint(body == null ? null : body.get("headerFingerprint"), errors);
        CsvMapping mapping = CsvJson.mapping(json, body == null ? null : body.get("mapping"), "mapping", errors);
        if (mapping == null && (body == null || body.get("mapping") == null || body.get("mapping").isNull())) {
            errors.add("mapping", "Send the column mapping to save.");
        }
        CsvDialect dialect = CsvJson.dialect(json, body == null ? null : body.get("dialect"), "dialect", errors);
        errors.throwIfAny();
        return profiles.countOwnedBy(userId).flatMap(count -> {
            if (count >= MAX_PER_USER) {
                return Uni.createFrom().failure(new TooManyImportProfilesException(MAX_PER_USER));
            }
            ImportProfile profile = new ImportProfile();
            profile.userId = userId;
            profile.name = name;
            profile.headerFingerprint = fingerprint;
            profile.mapping = CsvJson.write(json, mapping);
            profile.dialect = CsvJson.write(json, dialect);
            profile.createdAt = now();
            profile.updatedAt = profile.createdAt;
            return profiles.persistAndFlush(profile);
        }).onFailure(ConstraintViolations::isUniqueViolation)
                .transform(e -> new ImportProfileExistsException(name))
                .map(this::view);
    }

    /** Changes the fields the body names; {@code headerFingerprint} and {@code dialect} may be set to null. */
    @WithTransaction
    public Uni<ImportProfileView> update(long userId, long id, ObjectNode body) {
        FieldErrors errors = new FieldErrors();
        unknownFields(body, errors);
        boolean hasName = body != null && body.has("name");
        boolean hasFingerprint = body != null && body.has("headerFingerprint");
        boolean hasMapping = body != null && body.has("mapping");
        boolean hasDialect = body != null && body.has("dialect");
        String name = hasName ? name(body.get("name"), errors) : null;
        String fingerprint = hasFingerprint ? fingerprint(body.get("headerFingerprint"), errors) : null;
        CsvMapping mapping = hasMapping ? CsvJson.mapping(json, body.get("mapping"), "mapping", errors) : null;
        if (hasMapping && mapping == null) {
            errors.add("mapping", "A profile needs a column mapping.");
        }
        CsvDialect dialect = hasDialect ? CsvJson.dialect(json, body.get("dialect"), "dialect", errors) : null;
        errors.throwIfAny();
        return owned(userId, id).map(profile -> {
            if (hasName) {
                profile.name = name;
            }
            if (hasFingerprint) {
                profile.headerFingerprint = fingerprint;
            }
            if (hasMapping) {
                profile.mapping = CsvJson.write(json, mapping);
            }
            if (hasDialect) {
                profile.dialect = CsvJson.write(json, dialect);
            }
            profile.updatedAt = now();
            return profile;
        }).call(profiles::flush)
                .onFailure(ConstraintViolations::isUniqueViolation)
                .transform(e -> new ImportProfileExistsException(name))
                .map(this::view);
    }

    @WithTransaction
    public Uni<Void> delete(long userId, long id) {
        return owned(userId, id).call(profiles::delete).replaceWithVoid();
    }

    private Uni<ImportProfile> owned(long userId, long id) {
        return profiles.owned(userId, id).map(found -> {
            if (found == null) {
                throw new ImportProfileNotFoundException(id);
            }
            return found;
        });
    }

    private ImportProfileView view(ImportProfile profile) {
        return new ImportProfileView(profile.id, profile.name, profile.headerFingerprint,
                CsvJson.stored(json, profile.mapping, CsvMapping.class),
                CsvJson.stored(json, profile.dialect, CsvDialect.class), profile.createdAt, profile.updatedAt);
    }

    private static void unknownFields(ObjectNode body, FieldErrors errors) {
        if (body == null) {
            return;
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                errors.add(field, "A profile has no field " + field + ".");
            }
        }
    }

    private static String name(JsonNode node, FieldErrors errors) {
        String name = node != null && node.isTextual() ? node.textValue().strip() : null;
        if (name == null || name.isEmpty()) {
            errors.add("name", "Give the profile a name, such as the name of the bank.");
            return null;
        }
        if (name.length() > NAME_MAX || !UnicodeText.isWellFormed(name)) {
            errors.add("name", "The name is at most " + NAME_MAX + " characters of text.");
            return null;
        }
        return name;
    }

    private static String fingerprint(JsonNode node, FieldErrors errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || !FINGERPRINT.matcher(node.textValue()).matches()) {
            errors.add("headerFingerprint", "Send the headerFingerprint the inspection of a file gave, or null.");
            return null;
        }
        return node.textValue();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
