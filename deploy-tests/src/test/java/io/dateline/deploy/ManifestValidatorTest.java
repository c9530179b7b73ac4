package io.dateline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The validator really rejects what the API server would: a schema error fails the build. */
class ManifestValidatorTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: broken}
            spec:
              replicas: %s
              selector: {matchLabels: {app: broken}}
              template:
                metadata: {labels: {app: broken}}
                spec:
                  containers:
                    - %s
            """;

    @Test
    void acceptsAWellFormedDeployment() {
        Command result = ManifestValidator.validate(DEPLOYMENT.formatted("2", "{name: web, image: nginx}"));
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("VALID Deployment/broken");
    }

    @Test
    void rejectsAWrongType() {
        Command result = ManifestValidator.validate(DEPLOYMENT.formatted("two", "{name: web, image: nginx}"));
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("INVALID Deployment/broken").contains("spec/replicas must be integer");
    }

    @Test
    void rejectsAMissingRequiredField() {
        Command result = ManifestValidator.validate(DEPLOYMENT.formatted("1", "{image: nginx}"));
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("containers/0 must have required property name");
    }

    @Test
    void rejectsAKindWithoutSchema() {
        Command result = ManifestValidator.validate("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("no schema");
    }

    @Test
    void rejectsAnInvalidServiceMonitor() {
        Command result = ManifestValidator.validate("""
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: m}
                spec:
                  selector: {}
                  endpoints: {port: http}
                """);
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("INVALID ServiceMonitor/m");
    }

    @Test
    void findsAFieldTheApiDoesNotKnow() {
        String yaml = DEPLOYMENT.formatted("1", "{name: web, image: nginx, readinesProbe: {httpGet: {path: /}}}");
        assertThat(ManifestValidator.validate(yaml).exitCode()).as("the JSON schemas let it pass").isZero();
        assertThat(UnknownFields.in(Manifests.parse(yaml).get(0)))
                .containsExactly("Deployment.spec.template.spec.containers[0].readinesProbe");
    }

    @Test
    void aWellFormedDeploymentHasNoUnknownField() {
        String yaml = DEPLOYMENT.formatted("1", "{name: web, image: nginx, readinessProbe: {httpGet: {path: /, port: 80}}}");
        assertThat(UnknownFields.in(Manifests.parse(yaml).get(0))).isEmpty();
    }
}
