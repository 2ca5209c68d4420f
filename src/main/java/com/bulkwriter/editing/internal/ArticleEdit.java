package com.bulkwriter.editing.internal;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** The new content of an article, as an editor saves it. */
@Schema(name = "ArticleEdit")
public record ArticleEdit(
    @Schema(description = "1–500 characters, one line", example = "Espresso at home")
        @Nullable String title,
    @Schema(
            description = "lowercase letters, digits and single hyphens, at most 200 characters",
            example = "espresso-at-home")
        @Nullable String slug,
    @Schema(description = "at most 200 characters, one line; may be empty")
        @Nullable String metaDescription,
    @Schema(
            description =
                "the Markdown body (also accepted as `body`), at most 1,000,000 characters")
        @JsonAlias("body")
        @Nullable String markdown) {}
