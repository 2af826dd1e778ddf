package io.floorview;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The house rules of Floorview's layout, checked on the compiled classes (tests excluded). */
@AnalyzeClasses(packages = "io.floorview", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersPointInward = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("app").definedBy("io.floorview.app..")
            .layer("ui").definedBy("io.floorview.ui..")
            .layer("service").definedBy("io.floorview.service..")
            .layer("feed").definedBy("io.floorview.feed..")
            .layer("store").definedBy("io.floorview.store..")
            .layer("domain").definedBy("io.floorview.domain..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("service").mayOnlyBeAccessedByLayers("ui", "app")
            .whereLayer("feed").mayOnlyBeAccessedByLayers("service", "app")
            .whereLayer("store").mayOnlyBeAccessedByLayers("service", "app")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("feed", "store", "service", "ui", "app");

    @ArchTest
    static final ArchRule javaFxOnlyInUiAndApp = noClasses()
            .that().resideOutsideOfPackages("io.floorview.ui..", "io.floorview.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "eu.hansolo..", "org.controlsfx..")
            .because("the domain, the feed, the store and the services run without a toolkit");

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses()
            .that().resideInAPackage("io.floorview.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.io..", "java.nio..", "java.net..",
                    "com.fasterxml..", "org.slf4j..", "org.sqlite..", "org.flywaydb..", "picocli..")
            .because("the domain holds records and rules only: no JDBC, no Jackson, no I/O");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.floorview.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noSystemOutOutsideTheCommandLine = noClasses()
            .that().resideOutsideOfPackage("io.floorview.app.cli..")
            .should().accessField(System.class, "out")
            .because("logs go through SLF4J; standard output carries a command's result alone");
}
