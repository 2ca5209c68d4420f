package com.bulkwriter.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real node over real HTTP with the offline engine writing at once, for API tests. The database
 * is the subclass's choice: an abstract contract class extends this, and one small class per
 * database registers it, so the same tests run on H2 and on PostgreSQL:
 *
 * <pre>{@code
 * class ReviewApiH2Test extends ReviewApiContract {
 *   @DynamicPropertySource
 *   static void database(DynamicPropertyRegistry registry) {
 *     DatabaseUnderTest.H2.register(registry);
 *   }
 * }
 * }</pre>
 *
 * Add settings with {@code @TestPropertySource} on the contract class.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "bulkwriter.offline.delay=0",
      "bulkwriter.queue.poll-interval=50ms",
      "bulkwriter.queue.completion-interval=100ms"
    })
public abstract class ApiTest {

  @LocalServerPort protected int port;

  /**
   * The first-run admin (an API token it creates on first use); {@code admin.newUser(..)} for
   * others.
   */
  protected Api admin;

  @BeforeEach
  void adminApi() {
    admin = new Api(port);
  }
}
