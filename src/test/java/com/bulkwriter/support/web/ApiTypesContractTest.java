package com.bulkwriter.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.support.Api;
import com.bulkwriter.support.DatabaseUnderTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Keeps the front end's hand-written API types ({@code web/src/types/api.ts}) honest: every field
 * of every object type there must exist in the schema the running application's OpenAPI document
 * gives for it. A new type in api.ts fails this test until it is mapped below.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTypesContractTest {

  private static final Path TYPES = Path.of("web/src/types/api.ts");

  /** The live events of a batch, typed next to the client that reads them. */
  private static final Path LIVE_TYPES = Path.of("web/src/lib/live/events.ts");

  /** Their TypeScript types → schemas (the catch-up endpoint answers the same events). */
  private static final Map<String, String> LIVE_SCHEMAS =
      Map.of(
          "LiveEvent", "LiveEvent",
          "LiveBatchState", "BatchState",
          "LivePace", "Pace",
          "LiveArticleState", "ArticleState",
          "LiveArticlesMoved", "ArticlesMoved",
          "LiveNotification", "Notification");

  /** TypeScript type → the OpenAPI component schema that describes it. */
  private static final Map<String, String> SCHEMAS =
      Map.ofEntries(
          Map.entry("BatchSummary", "BatchView"),
          Map.entry("Counts", "Counts"),
          Map.entry("EconomySummary", "EconomySummary"),
          Map.entry("ProviderBatchPart", "ProviderBatchPart"),
          Map.entry("BatchSettings", "BatchSettings"),
          Map.entry("TokenUsage", "TokenUsage"),
          Map.entry("Engine", "EngineView"),
          Map.entry("Page", "PageOfArticleRow"),
          Map.entry("ArticleSummary", "ArticleRow"),
          Map.entry("ArticleProgress", "ArticleProgress"),
          Map.entry("Article", "ArticleView"),
          Map.entry("ArticleReview", "Review"),
          Map.entry("BulkAction", "BulkActionView"),
          Map.entry("BulkActionRequest", "BulkRequest"),
          Map.entry("ArticleEdit", "ArticleEdit"),
          Map.entry("ArticleVersion", "ArticleVersion"),
          Map.entry("VersionSummary", "VersionSummary"),
          Map.entry("FieldChange", "FieldChange"),
          Map.entry("DiffLine", "DiffLine"),
          Map.entry("VersionDiff", "VersionDiff"),
          Map.entry("Problem", "ProblemDetail"),
          Map.entry("ExportRequest", "ExportRequest"),
          Map.entry("ExportFilter", "ExportFilter"),
          Map.entry("PublishFilter", "PublishFilter"),
          Map.entry("ExportJob", "ExportView"),
          Map.entry("WorkEstimate", "WorkEstimate"),
          Map.entry("Me", "Me"),
          Map.entry("ApiTokenInfo", "ApiToken"),
          Map.entry("User", "UserView"),
          Map.entry("WebhookEndpoint", "WebhookView"),
          Map.entry("WebhookRequest", "EndpointRequest"),
          Map.entry("WebhookSecret", "WebhookSecretView"),
          Map.entry("WebhookAttempt", "AttemptView"),
          Map.entry("WebhookDelivery", "DeliveryView"),
          Map.entry("Template", "TemplateView"),
          Map.entry("TemplateInput", "TemplateInput"),
          Map.entry("ConnectionCheck", "ConnectionCheck"),
          Map.entry("Site", "SiteView"),
          Map.entry("SiteRequest", "SiteRequest"),
          Map.entry("SiteDefaults", "SiteDefaults"),
          Map.entry("SiteChoice", "SiteChoice"),
          Map.entry("SiteChoices", "SiteChoices"),
          Map.entry("PublishSchedule", "Schedule"),
          Map.entry("PublishRequest", "PublishRequest"),
          Map.entry("PublishJob", "PublishJobView"),
          Map.entry("ArticlePublication", "ArticlePublication"),
          Map.entry("BatchDeletion", "BatchDeletion"),
          Map.entry("KeywordGroups", "KeywordGroups"),
          Map.entry("KeywordGroup", "KeywordGroup"),
          Map.entry("EarlierKeywordUse", "EarlierUse"),
          Map.entry("QualitySummary", "QualitySummaryView"),
          Map.entry("QualityCheckCount", "CheckCount"),
          Map.entry("FailingArticle", "FailingArticleView"),
          Map.entry("QualityFailure", "FailedCheck"),
          Map.entry("ArticleQuality", "ArticleQualityView"),
          Map.entry("QualityCheckResult", "CheckResult"),
          Map.entry("NearDuplicate", "NearDuplicateView"),
          Map.entry("LinkSettings", "LinkSettings"),
          Map.entry("LinkNode", "LinkNode"),
          Map.entry("LinkEdge", "LinkEdge"),
          Map.entry("LinkGraph", "LinkGraph"),
          Map.entry("LinkRun", "LinkRunView"));

  /**
   * Types checked against the response schema of their operation (the document has no named
   * component for them). BatchEstimate is an intersection of WorkEstimate, which is checked, and is
   * not an object type of its own here.
   */
  private static final Map<String, String> OPTIONAL_OPERATIONS =
      Map.of("Provider", "get /api/providers");

  /**
   * What the document cannot show: the {@code errors} member of a problem (an RFC 7807 extension
   * that springdoc's ProblemDetail schema has no room for; the 400 responses describe it in words).
   */
  private static final Map<String, List<String>> NOT_IN_SCHEMAS =
      Map.of("Problem", List.of("errors"), "ProblemFieldError", List.of("row", "field", "message"));

  @LocalServerPort int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.properties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @Test
  void everyFieldOfTheFrontEndsApiTypesIsInTheOpenApiDocument() throws IOException {
    JsonNode doc = new Api(port).get("/v3/api-docs").json();
    Map<String, List<String>> types = objectTypes(Files.readString(TYPES));

    assertThat(types.keySet())
        .as("object types of %s; map each new one in this test", TYPES)
        .containsExactlyInAnyOrderElementsOf(
            concat(SCHEMAS.keySet(), OPTIONAL_OPERATIONS.keySet(), List.of("ProblemFieldError")));

    List<String> missing = new ArrayList<>();
    types.forEach(
        (type, fields) -> {
          JsonNode schema = schemaOf(doc, type);
          if (schema == null) {
            return;
          }
          for (String field : fields) {
            boolean exempt = NOT_IN_SCHEMAS.getOrDefault(type, List.of()).contains(field);
            if (!exempt && !schema.path("properties").has(field)) {
              missing.add(type + "." + field);
            }
          }
        });
    assertThat(missing).as("fields of api.ts that the OpenAPI document does not have").isEmpty();
    assertThat(doc.path("paths").path("/api/articles/bulk").path("post").toString())
        .as("the 400 answer describes the errors member")
        .contains("`errors` names each bad row and field");
  }

  @Test
  void everyErrorAnswerInTheDocumentIsAProblem() {
    JsonNode doc = new Api(port).get("/v3/api-docs").json();
    List<String> notProblems = new ArrayList<>();
    doc.path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        operation ->
                            operation
                                .getValue()
                                .path("responses")
                                .properties()
                                .forEach(
                                    response -> {
                                      boolean error = response.getKey().matches("[45]\\d\\d");
                                      JsonNode schema =
                                          response
                                              .getValue()
                                              .path("content")
                                              .path("application/problem+json")
                                              .path("schema")
                                              .path("$ref");
                                      if (error
                                          && !schema.asString("").endsWith("/ProblemDetail")) {
                                        notProblems.add(
                                            operation.getKey()
                                                + " "
                                                + path.getKey()
                                                + " "
                                                + response.getKey());
                                      }
                                    })));
    assertThat(notProblems).as("error answers not described as problem+json").isEmpty();
    assertThat(doc.at("/components/schemas/ProblemDetail/properties").has("detail")).isTrue();
  }

  @Test
  void everyFieldOfTheLiveEventTypesIsInTheCatchUpEndpointsSchemas() throws IOException {
    JsonNode schemas = new Api(port).get("/v3/api-docs").json().path("components").path("schemas");
    Map<String, List<String>> types = objectTypes(Files.readString(LIVE_TYPES));

    assertThat(types.keySet())
        .as("object types of %s; map each new one in this test", LIVE_TYPES)
        .containsExactlyInAnyOrderElementsOf(LIVE_SCHEMAS.keySet());
    List<String> missing = new ArrayList<>();
    types.forEach(
        (type, fields) -> {
          JsonNode properties = schemas.path(LIVE_SCHEMAS.get(type)).path("properties");
          fields.stream()
              .filter(field -> !properties.has(field))
              .forEach(field -> missing.add(type + "." + field));
        });
    assertThat(missing).as("fields of events.ts that the OpenAPI document does not have").isEmpty();
  }

  @Test
  void theParserReadsTheFieldsOfObjectTypesOnly() {
    String source =
        """
        /** doc */
        export type A = {
          id: string;
          /** comment: not a field */
          name?: string | null;
          nested: { inner: number };
        };
        export type B = A & { extra: string };
        export type C<T> = {
          content: T[];
        };
        """;
    assertThat(objectTypes(source))
        .containsExactly(
            Map.entry("A", List.of("id", "name", "nested")), Map.entry("C", List.of("content")));
  }

  /** The schema of a type: its mapped component, or its operation's answer when it exists. */
  private static JsonNode schemaOf(JsonNode doc, String type) {
    JsonNode schemas = doc.path("components").path("schemas");
    if (SCHEMAS.containsKey(type)) {
      JsonNode schema = schemas.path(SCHEMAS.get(type));
      assertThat(schema.isMissingNode()).as("schema %s for %s", SCHEMAS.get(type), type).isFalse();
      return schema;
    }
    String operation = OPTIONAL_OPERATIONS.get(type);
    if (operation == null) {
      return null;
    }
    String[] parts = operation.split(" ", 2);
    JsonNode op = doc.path("paths").path(parts[1]).path(parts[0]);
    if (op.isMissingNode()) {
      return null;
    }
    for (JsonNode response : op.path("responses")) {
      for (JsonNode content : response.path("content")) {
        JsonNode schema = content.path("schema");
        JsonNode items = schema.path("items");
        String ref = (items.isMissingNode() ? schema : items).path("$ref").asString("");
        if (!ref.isEmpty()) {
          return schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
      }
    }
    throw new AssertionError(operation + " answers without a schema; cannot check " + type);
  }

  private static final Pattern OBJECT_TYPE =
      Pattern.compile("export type (\\w+)(?:<[^>]*>)? = \\{\\n(.*?)\\n\\};", Pattern.DOTALL);
  private static final Pattern FIELD = Pattern.compile("^  (\\w+)\\??:", Pattern.MULTILINE);

  /** Object literal types of a TypeScript source and their top-level field names, in order. */
  static Map<String, List<String>> objectTypes(String source) {
    Map<String, List<String>> types = new LinkedHashMap<>();
    Matcher type = OBJECT_TYPE.matcher(source);
    while (type.find()) {
      List<String> fields = new ArrayList<>();
      Matcher field = FIELD.matcher(type.group(2));
      while (field.find()) {
        fields.add(field.group(1));
      }
      types.put(type.group(1), fields);
    }
    return types;
  }

  @SafeVarargs
  private static List<String> concat(java.util.Collection<String>... parts) {
    List<String> all = new ArrayList<>();
    for (java.util.Collection<String> part : parts) {
      all.addAll(part);
    }
    return all;
  }
}
