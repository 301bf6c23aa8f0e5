package app.ledger.category;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A category as the API shows it; {@code parentId} is null for a top-level category. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@RegisterForReflection
public record CategoryView(long id, String name, CategoryKind kind, String color, Long parentId, boolean archived) {

    public static CategoryView of(Category category) {
        return new CategoryView(category.id, category.name, category.kind, category.color, category.parentId,
                category.archived());
    }
}
