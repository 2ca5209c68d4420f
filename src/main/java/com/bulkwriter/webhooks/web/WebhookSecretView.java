package com.bulkwriter.webhooks.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** A new endpoint or a rotated secret: the only answers that carry the signing secret. */
record WebhookSecretView(
    WebhookView webhook,
    @Schema(
            description =
                "The Standard Webhooks signing secret (whsec_ + base64); shown only now, never"
                    + " again",
            example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret) {

  @Override
  public String toString() {
    return "WebhookSecretView[" + webhook.id() + "]";
  }
}
