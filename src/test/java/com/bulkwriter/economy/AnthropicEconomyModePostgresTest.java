package com.bulkwriter.economy;

import com.bulkwriter.support.DatabaseUnderTest;
import java.util.Map;

class AnthropicEconomyModePostgresTest extends EconomyModeContract {
  @Override
  Map<String, Object> database() {
    return DatabaseUnderTest.POSTGRESQL.properties();
  }

  @Override
  String provider() {
    return "anthropic";
  }
}
