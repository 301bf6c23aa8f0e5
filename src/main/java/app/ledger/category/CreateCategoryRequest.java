package app.ledger.category;

/** Body of {@code POST /api/categories}: {@code {name, kind, color?, parentId?}}. */
public record CreateCategoryRequest(String name, String kind, String color, Long parentId) {
}
