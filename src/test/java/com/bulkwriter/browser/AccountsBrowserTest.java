package com.bulkwriter.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.support.Api;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Accounts in a real Chromium: the admin creates a user on the Users page; that user signs in, sees
 * a batch submitted with their token, makes a token, signs out; a second user does not see the
 * batch. The page breaks no rule of the Content-Security-Policy on the way. The admin revokes a
 * user's token on the Users page, and a user changes their own password on the Password page.
 */
@TestPropertySource(properties = {"bulkwriter.offline.delay=20ms"})
class AccountsBrowserTest extends BrowserTest {

  @Test
  void eachUserSeesOnlyTheirOwnBatches() {
    Page admin = browser.newPage();
    List<String> cspViolations = cspViolations(admin);
    SignIn.as(admin, port, "/users", Api.ADMIN, Api.ADMIN_PASSWORD);
    createUser(admin, "writer-one");
    createUser(admin, "writer-two");
    // the other test of this class may have added its own user to the same database
    for (String name : List.of("writer-one", "writer-two")) {
      assertThat(admin.getByTestId("user-row").filter(new Locator.FilterOptions().setHasText(name)))
          .hasCount(1);
    }
    SignIn.out(admin);

    var writerOne = new Api(port).as("writer-one", Api.USER_PASSWORD);
    writerOne.post(
        "/api/articles/bulk",
        "application/json",
        """
        {"name": "Writer one's batch", "items": ["mountain bikes", "road bikes"]}""");

    Page one = browser.newPage();
    SignIn.as(one, port, "/batches", "writer-one", Api.USER_PASSWORD);
    Locator row =
        one.getByTestId("batch-row")
            .filter(new Locator.FilterOptions().setHasText("Writer one's batch"));
    assertThat(row).isVisible();
    one.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API tokens")).click();
    // the batches list has controls whose labels contain "name" too: wait for the tokens page
    assertThat(one.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("API tokens")))
        .isVisible();
    one.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("browser");
    one.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
    assertThat(one.getByTestId("new-token")).containsText("bw_");
    assertThat(one.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users")))
        .hasCount(0);
    SignIn.out(one);
    one.navigate("http://localhost:" + port + "/batches");
    assertThat(
            one.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in to Bulkwriter")))
        .isVisible();

    Page two = browser.newPage();
    SignIn.as(two, port, "/batches", "writer-two", Api.USER_PASSWORD);
    assertThat(
            two.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("No batches yet")))
        .isVisible();
    assertThat(two.getByText("Writer one's batch")).hasCount(0);

    assertThat(cspViolations).isEmpty();
  }

  @Test
  void anAdminRevokesAUsersTokenAndTheUserChangesTheirPasswordEndingTheirOtherSessions() {
    Api admin = new Api(port);
    Api script = admin.newUser("recovered");
    script.token();
    Api otherSession = admin.signIn("recovered", Api.USER_PASSWORD);

    Page users = browser.newPage();
    SignIn.as(users, port, "/users", Api.ADMIN, Api.ADMIN_PASSWORD);
    users
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("API tokens of recovered"))
        .click();
    Locator tokens =
        users.getByRole(
            AriaRole.REGION, new Page.GetByRoleOptions().setName("Tokens of recovered"));
    tokens
        .getByRole(
            AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke tests of recovered"))
        .click();
    assertThat(tokens.getByText("No live tokens.")).isVisible();
    assertThat(script.get("/api/auth/me").status()).isEqualTo(401);

    Page own = browser.newPage();
    SignIn.as(own, port, "/password", "recovered", Api.USER_PASSWORD);
    own.getByLabel("Current password").fill(Api.USER_PASSWORD);
    own.getByLabel("New password").fill("Brand-New-Kestrel-44");
    own.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
    assertThat(own.getByText("Your other sessions were signed out")).isVisible();
    assertThat(otherSession.get("/api/auth/me").status()).isEqualTo(401);
    own.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API tokens")).click();
    // this browser stays signed in
    assertThat(own.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("API tokens")))
        .isVisible();
  }

  private static void createUser(Page page, String username) {
    Locator form = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("New user"));
    form.getByLabel("Username").fill(username);
    form.getByLabel("Password").fill(Api.USER_PASSWORD);
    form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create user")).click();
    assertThat(page.getByText("Created " + username + ".")).isVisible();
  }
}
