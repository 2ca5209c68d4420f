package com.bulkwriter.economy;

import com.bulkwriter.support.DatabaseUnderTest;
import java.util.Map;

class EconomyModePostgresTest extends EconomyModeContract {
  @Override
  Map<String, Object> database() {
    return DatabaseUnderTest.POSTGRESQL.properties();
  }
}
