package app.ledger.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps dependencies pointing one way: web → features → money/problem/persistence, with no cycles. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.ledger");
    }

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        slices().matching("app.ledger.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void resourcesGoThroughServicesNotRepositories() {
        noClasses().that().areAnnotatedWith(Path.class)
                .should().dependOnClassesThat().areAssignableTo(PanacheRepositoryBase.class)
                .because("a resource speaks HTTP; rules and queries belong to its service")
                .check(classes);
    }

    @Test
    void noDomainPackageImportsTheWebLayer() {
        noClasses().that().resideOutsideOfPackage("app.ledger.web..")
                .should().dependOnClassesThat().resideInAPackage("app.ledger.web..")
                .because("the domain throws problems; only web/ turns them into HTTP answers")
                .check(classes);
    }

    @Test
    void sharedBasicsDependOnNoFeature() {
        noClasses().that().resideInAnyPackage("app.ledger.money..", "app.ledger.problem..", "app.ledger.support..")
                .should().dependOnClassesThat().resideInAnyPackage("app.ledger.account..", "app.ledger.auth..",
                        "app.ledger.journal..", "app.ledger.live..", "app.ledger.web..", "app.ledger.limits..")
                .check(classes);
    }
}
