package com.bulkwriter.security.internal;

import com.bulkwriter.security.SignInsEnded;
import com.bulkwriter.support.ConflictException;
import com.bulkwriter.support.InputError;
import com.bulkwriter.support.InvalidInputException;
import com.bulkwriter.support.LogSafe;
import com.bulkwriter.support.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** What the admin does with accounts, and what every user does with personal API tokens. */
@Service
public class AccountService {

  private static final Logger log = LoggerFactory.getLogger(AccountService.class);
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");
  private static final String TOKEN_PREFIX = "bw_";
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Accounts accounts;
  private final PasswordEncoder encoder;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  AccountService(
      Accounts accounts, PasswordEncoder encoder, Clock clock, ApplicationEventPublisher events) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.clock = clock;
    this.events = events;
  }

  public Account create(String username, String password, String role) {
    List<InputError> errors = new ArrayList<>();
    String name = normalise(username);
    if (name == null || !USERNAME.matcher(name).matches()) {
      errors.add(
          InputError.field(
              "username",
              "use 2 to 64 letters, digits or . _ @ - (starting with one of the first)"));
    }
    errors.addAll(PasswordPolicy.check(name, password, "password"));
    Role parsed = null;
    try {
      parsed = Role.valueOf(role == null ? "USER" : role.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(InputError.field("role", "use ADMIN or USER"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The account cannot be created as it is.", errors);
    }
    try {
      accounts.insert(name, encoder.encode(password), parsed, clock.instant());
    } catch (DuplicateKeyException e) {
      throw new ConflictException("The username " + name + " is taken");
    }
    log.info("Account {} created with role {}", LogSafe.of(name), parsed);
    return account(name);
  }

  public List<Account> list() {
    return accounts.list();
  }

  public Account account(String username) {
    String name = normalise(username);
    return Optional.ofNullable(name)
        .flatMap(accounts::find)
        .orElseThrow(() -> new NotFoundException("No user " + username));
  }

  /**
   * Disables or enables an account. Disabling ends every session and revokes every API token of the
   * account, so enabling it again brings none of them back.
   */
  public Account setEnabled(String actingUser, String username, boolean enabled) {
    Account account = account(username);
    if (!enabled && account.username().equals(actingUser)) {
      throw new ConflictException("You cannot disable your own account");
    }
    accounts.setEnabled(account.username(), enabled, clock.instant());
    if (!enabled) {
      endEverySignIn(account.username());
    }
    log.info("Account {} {}", LogSafe.of(account.username()), enabled ? "enabled" : "disabled");
    return account(account.username());
  }

  /** The admin's reset: a new password, and every session and API token of the account ended. */
  public Account resetPassword(String username, String password) {
    Account account = account(username);
    setPassword(account, password, "password");
    endEverySignIn(account.username());
    log.info("Password of account {} reset", LogSafe.of(account.username()));
    return account(account.username());
  }

  /**
   * A user's own change, signed in as {@code current} (whose current password the caller checked):
   * every other session ends, the API tokens stay. Returns the sign-in the caller's own session
   * continues with.
   */
  public Authentication changeOwnPassword(Authentication current, String password) {
    Account account = account(current.getName());
    setPassword(account, password, "newPassword");
    accounts.endSignIns(account.username());
    events.publishEvent(new SignInsEnded(account.username()));
    log.info("Account {} changed its password", LogSafe.of(account.username()));
    var continued =
        UsernamePasswordAuthenticationToken.authenticated(
            current.getPrincipal(), null, current.getAuthorities());
    continued.setDetails(SignIn.password(account(account.username()).signInVersion()));
    return continued;
  }

  private void setPassword(Account account, String password, String field) {
    List<InputError> errors = PasswordPolicy.check(account.username(), password, field);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The password cannot be used.", errors);
    }
    accounts.setPassword(account.username(), encoder.encode(password), clock.instant());
  }

  private void endEverySignIn(String username) {
    accounts.endSignIns(username);
    int revoked = accounts.revokeAllTokens(username, clock.instant());
    events.publishEvent(new SignInsEnded(username));
    log.info(
        "Every session and {} API token(s) of account {} ended", revoked, LogSafe.of(username));
  }

  /** A new token for {@code username}; the returned text is never stored or shown again. */
  public String createToken(String username, String name) {
    String label = name == null || name.isBlank() ? "API token" : name.strip();
    if (label.length() > 100) {
      throw new InvalidInputException(
          "The token name is too long.", List.of(InputError.field("name", "at most 100 chars")));
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    accounts.insertToken(UUID.randomUUID(), username, label, hash(token), clock.instant());
    log.info("API token created for account {}", LogSafe.of(username));
    return token;
  }

  public List<ApiToken> tokens(String username) {
    return accounts.tokens(username);
  }

  public void revokeToken(String username, UUID id) {
    if (!accounts.revokeToken(username, id, clock.instant())) {
      throw new NotFoundException("No token " + id);
    }
    events.publishEvent(new SignInsEnded(username));
    log.info("API token {} of account {} revoked", id, LogSafe.of(username));
  }

  /** Whether a signed-in principal's account is enabled and its sign-in was not ended since. */
  boolean stillValid(Principal user) {
    if (!(user instanceof Authentication authentication) || !authentication.isAuthenticated()) {
      return false;
    }
    return accounts
        .find(authentication.getName())
        .filter(account -> SignIn.of(authentication).holdsFor(account, accounts))
        .isPresent();
  }

  /** The enabled account a live token acts for; records the token's last use. */
  Optional<Accounts.TokenOwner> authenticate(String token) {
    if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 200) {
      return Optional.empty();
    }
    return accounts
        .findTokenOwner(hash(token))
        .map(
            owner -> {
              Instant now = clock.instant();
              if (owner.lastUsedAt() == null
                  || owner.lastUsedAt().isBefore(now.minus(TOUCH_EVERY))) {
                accounts.touchToken(owner.tokenId(), now, now.minus(TOUCH_EVERY));
              }
              return owner;
            });
  }

  static String normalise(String username) {
    return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
