package com.bulkwriter.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProvidersTest {

  private static final ArticleGenerator DRAFT = generator("offline", true);
  private static final ArticleGenerator OPENAI = generator("openai", false);
  private static final ArticleGenerator ANTHROPIC = generator("anthropic", false);

  @Test
  void theDraftEngineIsTheDefaultWhileItIsTheOnlyProvider() {
    Providers providers = new Providers(List.of(DRAFT));
    assertThat(providers.defaultProvider().name()).isEqualTo("offline");
    assertThat(providers.all()).extracting(ProviderInfo::name).containsExactly("offline");
  }

  @Test
  void aRealProviderWinsOverTheDraftEngineAndIsListedFirst() {
    Providers providers = new Providers(List.of(DRAFT, OPENAI, ANTHROPIC));
    assertThat(providers.defaultProvider().name()).isEqualTo("openai");
    assertThat(providers.all())
        .extracting(ProviderInfo::name)
        .containsExactly("openai", "anthropic", "offline");
  }

  @Test
  void findsProvidersByNameIgnoringCaseAndSpaces() {
    Providers providers = new Providers(List.of(DRAFT, OPENAI));
    assertThat(providers.find("OpenAI ")).containsSame(OPENAI);
    assertThat(providers.require("offline")).isSameAs(DRAFT);
    assertThat(providers.find("nope")).isEmpty();
    assertThat(providers.find(null)).isEmpty();
  }

  @Test
  void requiringAnUnknownProviderNamesTheKnownOnes() {
    Providers providers = new Providers(List.of(DRAFT, OPENAI));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> providers.require("gemini"))
        .withMessage("Unknown provider 'gemini'; known providers: openai, offline");
    assertThatIllegalArgumentException().isThrownBy(() -> providers.require(null));
  }

  @Test
  void twoGeneratorsMayNotClaimTheSameName() {
    assertThatIllegalStateException()
        .isThrownBy(() -> new Providers(List.of(OPENAI, generator("OPENAI", false))))
        .withMessageContaining("OPENAI");
    assertThatIllegalStateException().isThrownBy(() -> new Providers(List.of()));
  }

  private static ArticleGenerator generator(String name, boolean draft) {
    ProviderInfo info = new ProviderInfo(name, name, draft, List.of("model-1"));
    return new ArticleGenerator() {
      @Override
      public ProviderInfo info() {
        return info;
      }

      @Override
      public GeneratedArticle generate(ArticleSpec spec) {
        throw new UnsupportedOperationException();
      }
    };
  }
}
