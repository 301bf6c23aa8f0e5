package app.ledger.category;

import app.ledger.config.LedgerConfig;
import app.ledger.persistence.ConstraintViolations;
import app.ledger.problem.FieldErrors;
import app.ledger.problem.InvalidInputException;
import app.ledger.support.PatchBody;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A user's categories: one level of sub-categories, names unique per parent regardless of case, and a
 * sub-category always of its parent's kind. Other users' categories are answered like missing ones.
 */
@ApplicationScoped
public class CategoryService {

    private static final Set<String> CHANGEABLE = Set.of("name", "kind", "color", "parentId", "archived");

    private final CategoryRepository categories;
    private final int maxPerUser;

    public CategoryService(CategoryRepository categories, LedgerConfig config) {
        this.categories = categories;
        this.maxPerUser = config.categories().maxPerUser();
    }

    @WithSession
    public Uni<List<CategoryView>> list(long userId) {
        return categories.listOwnedBy(userId).map(list -> list.stream().map(CategoryView::of).toList());
    }

    @WithSession
    public Uni<CategoryView> get(long userId, long categoryId) {
        return owned(userId, categoryId).map(CategoryView::of);
    }

    /**
     * The count is checked before the insert without a lock, so on PostgreSQL requests racing each other may
     * pass the limit by a few; it bounds the size of the list, it is no security boundary.
     */
    @WithTransaction
    public Uni<CategoryView> create(long userId, CreateCategoryRequest request) {
        CreateCategoryRequest body = request != null ? request : new CreateCategoryRequest(null, null, null, null);
        FieldErrors errors = new FieldErrors();
        String name = CategoryRules.name(body.name(), errors);
        String color = CategoryRules.color(body.color(), errors);
        CategoryKind kind = body.kind() == null && body.parentId() != null ? null
                : CategoryRules.kind(body.kind(), errors);
        errors.throwIfAny();
        return parent(userId, body.parentId()).invoke(CategoryService::requireActive)
                .flatMap(parent -> {
                    CategoryKind effective = kindUnder(parent, kind);
                    return categories.countOwnedBy(userId)
                            .flatMap(owned -> owned >= maxPerUser
                                    ? Uni.createFrom().<Boolean>failure(new TooManyCategoriesException(maxPerUser))
                                    : categories.nameTaken(userId, body.parentId(), CategoryRules.nameKey(name), 0))
                            .flatMap(taken -> taken ? Uni.createFrom().failure(new CategoryNameTakenException(name))
                                    : insert(userId, name, effective, color, body.parentId()));
                })
                .onFailure(ConstraintViolations::isUniqueViolation)
                .transform(e -> new CategoryNameTakenException(name))
                .map(CategoryView::of);
    }

    /** Changes the fields the body names; {@code archived: true} archives, {@code false} brings it back. */
    @WithTransaction
    public Uni<CategoryView> update(long userId, long categoryId, ObjectNode node) {
        FieldErrors errors = new FieldErrors();
        PatchBody body = PatchBody.of(node, CHANGEABLE, errors);
        String name = body.has("name") ? CategoryRules.name(body.text("name"), errors) : null;
        CategoryKind kind = body.has("kind") ? CategoryRules.kind(body.text("kind"), errors) : null;
        String color = body.has("color") ? CategoryRules.color(body.text("color"), errors) : null;
        Long parentId = body.has("parentId") ? body.id("parentId") : null;
        Boolean archived = body.has("archived") ? body.bool("archived") : null;
        errors.throwIfAny();
        return owned(userId, categoryId).flatMap(category -> {
            boolean moving = body.has("parentId") && !Objects.equals(parentId, category.parentId);
            Uni<Category> newParent = !moving ? parent(userId, category.parentId) : movableUnder(category, userId,
                    parentId);
            return newParent.flatMap(parent -> {
                String newName = name != null ? name : category.name;
                Long newParentId = parent == null ? null : parent.id;
                boolean renamed = !CategoryRules.nameKey(newName).equals(category.nameKey) || moving;
                Uni<Boolean> taken = renamed
                        ? categories.nameTaken(userId, newParentId, CategoryRules.nameKey(newName), category.id)
                        : Uni.createFrom().item(false);
                return taken.flatMap(isTaken -> {
                    if (isTaken) {
                        return Uni.createFrom().<Category>failure(new CategoryNameTakenException(newName));
                    }
                    CategoryKind newKind = parent != null ? kindUnder(parent, kind)
                            : kind != null ? kind : category.kind;
                    category.name = newName;
                    category.nameKey = CategoryRules.nameKey(newName);
                    category.parentId = newParentId;
                    if (body.has("color")) {
                        category.color = color;
                    }
                    if (archived != null) {
                        category.archivedAt = !archived ? null
                                : category.archivedAt != null ? category.archivedAt : now();
                    }
                    boolean kindChanged = newKind != category.kind;
                    category.kind = newKind;
                    return kindChanged && parent == null
                            ? categories.children(category.id)
                                    .invoke(children -> children.forEach(child -> child.kind = newKind))
                                    .replaceWith(category)
                            : Uni.createFrom().item(category);
                });
            });
        }).call(categories::flush)
                .onFailure(ConstraintViolations::isUniqueViolation)
                .transform(e -> new CategoryNameTakenException(name != null ? name : "that name"))
                .map(CategoryView::of);
    }

    /**
     * The categories with these ids, whoever owns them, by id: for the ledger writer, which checks the owner
     * and whether they may be chosen. Runs in the caller's session.
     */
    @WithSession
    public Uni<Map<Long, Category>> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return categories.byIds(ids).map(list -> list.stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity())));
    }

    private Uni<Category> owned(long userId, long categoryId) {
        return categories.findById(categoryId).map(category -> {
            if (category == null || category.userId != userId) {
                throw new CategoryNotFoundException(categoryId);
            }
            return category;
        });
    }

    /** The parent a category may be put under: one of the user's top-level categories, not archived. */
    private Uni<Category> parent(long userId, Long parentId) {
        if (parentId == null) {
            return Uni.createFrom().nullItem();
        }
        return categories.findById(parentId).map(parent -> {
            if (parent == null || parent.userId != userId) {
                throw new InvalidInputException("parentId", "Choose one of your categories as the parent.");
            }
            if (parent.parentId != null) {
                throw new InvalidInputException("parentId",
                        "Choose a top-level category as the parent: sub-categories have no sub-categories of their own.");
            }
            return parent;
        });
    }

    private Uni<Category> movableUnder(Category category, long userId, Long parentId) {
        if (parentId == null) {
            return Uni.createFrom().nullItem();
        }
        if (parentId == category.id) {
            return Uni.createFrom().failure(new InvalidInputException("parentId", "A category cannot be its own parent."));
        }
        return categories.children(category.id).flatMap(children -> children.isEmpty()
                ? parent(userId, parentId).invoke(CategoryService::requireActive)
                : Uni.createFrom().failure(new InvalidInputException("parentId",
                        "This category has sub-categories of its own, so it cannot be put under another one.")));
    }

    /** New sub-categories go only under a parent that is not archived. */
    private static void requireActive(Category parent) {
        if (parent != null && parent.archived()) {
            throw new InvalidInputException("parentId", "That parent is archived. Bring it back first, or choose another one.");
        }
    }

    /** A sub-category has its parent's kind; a kind that says otherwise is refused. */
    private static CategoryKind kindUnder(Category parent, CategoryKind kind) {
        if (parent == null) {
            return kind;
        }
        if (kind != null && kind != parent.kind) {
            throw new InvalidInputException("kind", "A sub-category is for " + parent.kind.code() + ", like its parent.");
        }
        return parent.kind;
    }

    private Uni<Category> insert(long userId, String name, CategoryKind kind, String color, Long parentId) {
        Category category = new Category();
        category.userId = userId;
        category.parentId = parentId;
        category.name = name;
        category.nameKey = CategoryRules.nameKey(name);
        category.kind = kind;
        category.color = color;
        category.createdAt = now();
        return categories.persist(category);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
