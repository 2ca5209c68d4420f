package com.bulkwriter.security.web;

import com.bulkwriter.security.CurrentOwner;
import com.bulkwriter.security.internal.Account;
import com.bulkwriter.security.internal.AccountService;
import com.bulkwriter.security.internal.ApiToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The admin's management of accounts (the ADMIN role is required for every route here). */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Users", description = "Accounts, managed by an admin")
class UserController {

  private final AccountService accounts;
  private final CurrentOwner owner;

  UserController(AccountService accounts, CurrentOwner owner) {
    this.accounts = accounts;
    this.owner = owner;
  }

  record NewUser(String username, String password, String role) {}

  record NewPassword(String password) {}

  /** An account as shown to the admin: never its password hash. */
  record UserView(
      String username, String role, boolean enabled, Instant createdAt, Instant updatedAt) {
    static UserView of(Account account) {
      return new UserView(
          account.username(),
          account.role().name(),
          account.enabled(),
          account.createdAt(),
          account.updatedAt());
    }
  }

  @Operation(summary = "Create an account (role ADMIN or USER; default USER)")
  @PostMapping
  ResponseEntity<UserView> create(@RequestBody NewUser body) {
    Account created = accounts.create(body.username(), body.password(), body.role());
    return ResponseEntity.created(URI.create("/api/users/" + created.username()))
        .body(UserView.of(created));
  }

  @Operation(summary = "Every account")
  @GetMapping
  List<UserView> list() {
    return accounts.list().stream().map(UserView::of).toList();
  }

  @Operation(summary = "One account")
  @GetMapping("/{username}")
  UserView user(@PathVariable String username) {
    return UserView.of(accounts.account(username));
  }

  @Operation(summary = "The live API tokens of an account (never the tokens themselves)")
  @GetMapping("/{username}/tokens")
  List<ApiToken> tokens(@PathVariable String username) {
    return accounts.tokens(accounts.account(username).username());
  }

  @Operation(summary = "Revoke an API token of an account; it stops working at once")
  @DeleteMapping("/{username}/tokens/{id}")
  ResponseEntity<Void> revokeToken(@PathVariable String username, @PathVariable UUID id) {
    accounts.revokeToken(accounts.account(username).username(), id);
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Disable an account",
      description =
          "No sign-in; every session, live WebSocket and API token of the account ends (enabling"
              + " it again brings no token back)")
  @PostMapping("/{username}/disable")
  UserView disable(@PathVariable String username) {
    return UserView.of(accounts.setEnabled(owner.get(), username, false));
  }

  @Operation(summary = "Enable a disabled account again")
  @PostMapping("/{username}/enable")
  UserView enable(@PathVariable String username) {
    return UserView.of(accounts.setEnabled(owner.get(), username, true));
  }

  @Operation(
      summary = "Set a new password for an account",
      description =
          "Recovers a compromised account: every session, live WebSocket and API token of the"
              + " account ends")
  @PostMapping("/{username}/password")
  UserView resetPassword(@PathVariable String username, @RequestBody NewPassword body) {
    return UserView.of(accounts.resetPassword(username, body.password()));
  }
}
