package app.ledger.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import app.ledger.support.Api;
import app.ledger.support.Parallel;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CategoryResourceTest {

    static Response create(String token, String name, String kind, String color, Long parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("color", color);
        body.put("parentId", parentId);
        return Api.jsonAs(token).body(body).post("/api/categories");
    }

    static long createdId(String token, String name, String kind, Long parentId) {
        return ((Number) create(token, name, kind, null, parentId).then().statusCode(201).extract().path("id"))
                .longValue();
    }

    private static Response patch(String token, long id, Object body) {
        return Api.jsonAs(token).body(body).patch("/api/categories/" + id);
    }

    @Test
    void aCategoryIsCreatedListedAndReadBack() {
        String token = Api.newUser();

        createdId(token, "Rent", "expense", null);
        int id = create(token, "  Food ", "expense", "#FFAA00", null).then().statusCode(201)
                .body("name", equalTo("Food"))
                .body("kind", equalTo("expense"))
                .body("color", equalTo("#ffaa00"))
                .body("parentId", nullValue())
                .body("archived", equalTo(false))
                .extract().path("id");

        Api.as(token).get("/api/categories").then().statusCode(200)
                .body("name", equalTo(List.of("Food", "Rent")));
        Api.as(token).get("/api/categories/" + id).then().statusCode(200).body("name", equalTo("Food"));
    }

    @Test
    void theLocationNamesTheNewCategory() {
        String token = Api.newUser();
        Response created = create(token, "Salary", "income", null, null);
        created.then().statusCode(201)
                .header("Location", endsWith("/api/categories/" + created.path("id")));
    }

    @Test
    void aSubCategoryHasItsParentsKindAndThereIsNoThirdLevel() {
        String token = Api.newUser();
        long food = createdId(token, "Food", "expense", null);

        long coffee = ((Number) create(token, "Coffee", null, null, food).then().statusCode(201)
                .body("kind", equalTo("expense"))
                .body("parentId", equalTo((int) food))
                .extract().path("id")).longValue();
        create(token, "Tips", "income", null, food).then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        create(token, "Espresso", "expense", null, coffee).then().statusCode(400)
                .body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void namesAreUniquePerParentRegardlessOfCaseInAnyScript() {
        String token = Api.newUser();
        long food = createdId(token, "Café", "expense", null);
        long travel = createdId(token, "Travel", "expense", null);

        create(token, "CAFÉ", "expense", null, null).then().statusCode(409)
                .body("type", equalTo("/problems/category-name-taken"));
        create(token, "Other", "expense", null, food).then().statusCode(201);
        create(token, "other", "expense", null, travel).then().statusCode(201);
        create(token, "OTHER", "expense", null, travel).then().statusCode(409);
        create(token, "Other", "expense", null, null).then().statusCode(201);
    }

    @Test
    void aNameTakenByTwoRequestsAtOnceIsCreatedOnceAndTheOtherIsToldSo() {
        String token = Api.newUser();
        List<Integer> statuses = Parallel.run(6, 6,
                i -> create(token, i % 2 == 0 ? "Groceries" : "GROCERIES", "expense", null, null).statusCode());
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    }

    @Test
    void invalidFieldsAreRefusedTogether() {
        String token = Api.newUser();
        create(token, " ", "spending", "red", null).then().statusCode(400)
                .body("type", equalTo("/problems/invalid-input"))
                .body("errors.field", hasItems("name", "kind", "color"));
        create(token, "x".repeat(65), "expense", "#12345", null).then().statusCode(400)
                .body("errors.field", hasItems("name", "color"));
        create(token, "Tab\there", "expense", null, null).then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        Api.as(token).get("/api/categories").then().body("size()", equalTo(0));
    }

    @Test
    void anotherUsersCategoryIsNotFoundAndCannotBeAParent() {
        String alice = Api.newUser();
        String bob = Api.newUser();
        long food = createdId(alice, "Food", "expense", null);

        Api.as(bob).get("/api/categories/" + food).then().statusCode(404)
                .body("type", equalTo("/problems/category-not-found"));
        patch(bob, food, Map.of("name", "Mine now")).then().statusCode(404);
        create(bob, "Sneaky", "expense", null, food).then().statusCode(400)
                .body("errors[0].field", equalTo("parentId"));
        Api.as(bob).get("/api/categories").then().body("size()", equalTo(0));
        Api.as(alice).get("/api/categories/" + food).then().body("name", equalTo("Food"));
    }

    @Test
    void patchChangesWhatItNamesAndClearsTheColourWithNull() {
        String token = Api.newUser();
        long id = ((Number) create(token, "Fun", "expense", "#00ff00", null).path("id")).longValue();

        patch(token, id, Map.of("name", "Leisure")).then().statusCode(200)
                .body("name", equalTo("Leisure")).body("color", equalTo("#00ff00"));
        Map<String, Object> clear = new HashMap<>();
        clear.put("color", null);
        patch(token, id, clear).then().statusCode(200)
                .body("name", equalTo("Leisure")).body("color", nullValue());
        patch(token, id, Map.of("nickname", "x")).then().statusCode(400)
                .body("errors[0].field", equalTo("nickname"));
        patch(token, id, Map.of("archived", "yes")).then().statusCode(400)
                .body("errors[0].field", equalTo("archived"));
    }

    @Test
    void archivingKeepsTheCategoryListedAndItCanComeBack() {
        String token = Api.newUser();
        long id = createdId(token, "Old hobby", "expense", null);

        patch(token, id, Map.of("archived", true)).then().statusCode(200).body("archived", equalTo(true));
        Api.as(token).get("/api/categories").then().body("archived", equalTo(List.of(true)));
        create(token, "Child", null, null, id).then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        patch(token, id, Map.of("archived", false)).then().statusCode(200).body("archived", equalTo(false));
        create(token, "Child", null, null, id).then().statusCode(201);
    }

    @Test
    void changingAParentsKindChangesItsSubCategoriesAndASubCategoryCannotDiffer() {
        String token = Api.newUser();
        long parent = createdId(token, "Side job", "expense", null);
        long child = createdId(token, "Invoices", null, parent);

        patch(token, parent, Map.of("kind", "income")).then().statusCode(200).body("kind", equalTo("income"));
        Api.as(token).get("/api/categories/" + child).then().body("kind", equalTo("income"));
        patch(token, child, Map.of("kind", "expense")).then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void movingACategoryKeepsOneLevelAndTakesTheNewParentsKind() {
        String token = Api.newUser();
        long food = createdId(token, "Food", "expense", null);
        long salary = createdId(token, "Salary", "income", null);
        long bonus = createdId(token, "Bonus", "expense", null);

        patch(token, bonus, Map.of("parentId", salary)).then().statusCode(200)
                .body("parentId", equalTo((int) salary)).body("kind", equalTo("income"));
        patch(token, salary, Map.of("parentId", food)).then().statusCode(400)
                .body("errors[0].field", equalTo("parentId"));
        patch(token, food, Map.of("parentId", food)).then().statusCode(400);
        Map<String, Object> toTop = new HashMap<>();
        toTop.put("parentId", null);
        patch(token, bonus, toTop).then().statusCode(200).body("parentId", nullValue()).body("kind", equalTo("income"));
    }

    @Test
    void renamingOntoATakenNameIsRefused() {
        String token = Api.newUser();
        createdId(token, "Food", "expense", null);
        long drinks = createdId(token, "Drinks", "expense", null);

        patch(token, drinks, Map.of("name", "FOOD")).then().statusCode(409)
                .body("type", equalTo("/problems/category-name-taken"));
        patch(token, drinks, Map.of("name", "DRINKS")).then().statusCode(200).body("name", equalTo("DRINKS"));
    }

    @Test
    void aUserHasAtMostTheConfiguredNumberOfCategories() {
        String token = Api.newUser();
        for (int i = 0; i < 20; i++) {
            create(token, "Category " + i, "expense", null, null).then().statusCode(201);
        }
        create(token, "One too many", "expense", null, null).then().statusCode(409)
                .body("type", equalTo("/problems/too-many-categories"));
        Api.as(token).get("/api/categories").then().body("name", hasItem("Category 19"))
                .body("size()", equalTo(20));
    }
}
