package com.bulkwriter.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Signing in and out through the web UI, as a person would. */
final class SignIn {

  private SignIn() {}

  /** Opens {@code path}, is sent to the sign-in page, signs in and lands back on {@code path}. */
  static void as(Page page, int port, String path, String username, String password) {
    page.navigate("http://localhost:" + port + path);
    assertThat(
            page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in to Bulkwriter")))
        .isVisible();
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password").fill(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    assertThat(page.getByText("Signed in as")).containsText(username);
  }

  static void out(Page page) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
    assertThat(
            page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in to Bulkwriter")))
        .isVisible();
  }
}
