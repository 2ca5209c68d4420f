package com.bulkwriter.support.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Every error answer of the API is RFC 7807 problem+json ({@link ProblemResponses}), so the OpenAPI
 * document says so once, here, for each 4xx and 5xx response a controller declares (replacing the
 * media types springdoc copies from the operation's {@code produces}): controllers describe when an
 * error happens, not its format, again and again.
 */
@Component
class ProblemDocs implements OpenApiCustomizer {

  static final String PROBLEM_JSON = "application/problem+json";

  @Override
  public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
    if (openApi.getPaths() == null) {
      return;
    }
    ModelConverters.getInstance()
        .read(ProblemDetail.class)
        .forEach((name, schema) -> openApi.getComponents().addSchemas(name, schema));
    String name = ProblemDetail.class.getSimpleName();
    openApi
        .getPaths()
        .values()
        .forEach(
            path ->
                path.readOperations().stream()
                    .filter(operation -> operation.getResponses() != null)
                    .flatMap(operation -> operation.getResponses().entrySet().stream())
                    .filter(response -> isError(response.getKey()))
                    .forEach(response -> describe(response.getValue(), name)));
  }

  private static boolean isError(String code) {
    return code.length() == 3 && (code.charAt(0) == '4' || code.charAt(0) == '5');
  }

  private static void describe(ApiResponse response, String schemaName) {
    response.setContent(
        new Content()
            .addMediaType(
                PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schemaName))));
  }
}
