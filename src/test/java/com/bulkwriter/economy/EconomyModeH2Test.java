package com.bulkwriter.economy;

import com.bulkwriter.support.DatabaseUnderTest;
import java.util.Map;

class EconomyModeH2Test extends EconomyModeContract {
  @Override
  Map<String, Object> database() {
    return DatabaseUnderTest.H2.properties();
  }
}
