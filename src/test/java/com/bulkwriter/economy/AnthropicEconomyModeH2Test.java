package com.bulkwriter.economy;

import com.bulkwriter.support.DatabaseUnderTest;
import java.util.Map;

class AnthropicEconomyModeH2Test extends EconomyModeContract {
  @Override
  Map<String, Object> database() {
    return DatabaseUnderTest.H2.properties();
  }

  @Override
  String provider() {
    return "anthropic";
  }
}
