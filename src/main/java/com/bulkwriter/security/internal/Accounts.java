package com.bulkwriter.security.internal;

import static com.bulkwriter.support.sql.SqlTime.instant;
import static com.bulkwriter.support.sql.SqlTime.time;

import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored user accounts and their API tokens. */
@Repository
class Accounts {

  private final JdbcClient jdbc;
  private final NamedQueries sql;

  Accounts(JdbcClient jdbc, Database database) {
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("security", database);
  }

  void insert(String username, String passwordHash, Role role, Instant now) {
    jdbc.sql(sql.get("insert-user"))
        .param("username", username)
        .param("passwordHash", passwordHash)
        .param("role", role.name())
        .param("now", time(now))
        .update();
  }

  Optional<Account> find(String username) {
    return jdbc.sql(sql.get("find-user"))
        .param("username", username)
        .query(Accounts::account)
        .optional();
  }

  List<Account> list() {
    return jdbc.sql(sql.get("list-users")).query(Accounts::account).list();
  }

  long count() {
    return jdbc.sql(sql.get("count-users")).query(Long.class).single();
  }

  boolean setPassword(String username, String passwordHash, Instant now) {
    return jdbc.sql(sql.get("set-password"))
            .param("username", username)
            .param("passwordHash", passwordHash)
            .param("now", time(now))
            .update()
        == 1;
  }

  boolean setEnabled(String username, boolean enabled, Instant now) {
    return jdbc.sql(sql.get("set-enabled"))
            .param("username", username)
            .param("enabled", enabled)
            .param("now", time(now))
            .update()
        == 1;
  }

  void endSignIns(String username) {
    jdbc.sql(sql.get("end-sign-ins")).param("username", username).update();
  }

  int revokeAllTokens(String username, Instant now) {
    return jdbc.sql(sql.get("revoke-all-tokens"))
        .param("username", username)
        .param("now", time(now))
        .update();
  }

  boolean tokenLive(UUID id) {
    return jdbc.sql(sql.get("token-live")).param("id", id).query(Long.class).single() > 0;
  }

  void insertToken(UUID id, String username, String name, String tokenHash, Instant now) {
    jdbc.sql(sql.get("insert-token"))
        .param("id", id)
        .param("username", username)
        .param("name", name)
        .param("tokenHash", tokenHash)
        .param("now", time(now))
        .update();
  }

  /** The live token with this hash and its enabled user. */
  Optional<TokenOwner> findTokenOwner(String tokenHash) {
    return jdbc.sql(sql.get("find-token-user"))
        .param("tokenHash", tokenHash)
        .query(
            (rs, row) ->
                new TokenOwner(
                    rs.getObject("token_id", UUID.class),
                    instant(rs, "last_used_at"),
                    account(rs, row)))
        .optional();
  }

  void touchToken(UUID id, Instant now, Instant staleBefore) {
    jdbc.sql(sql.get("touch-token"))
        .param("id", id)
        .param("now", time(now))
        .param("staleBefore", time(staleBefore))
        .update();
  }

  List<ApiToken> tokens(String username) {
    return jdbc.sql(sql.get("list-tokens"))
        .param("username", username)
        .query(
            (rs, row) ->
                new ApiToken(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    instant(rs, "created_at"),
                    instant(rs, "last_used_at")))
        .list();
  }

  boolean revokeToken(String username, UUID id, Instant now) {
    return jdbc.sql(sql.get("revoke-token"))
            .param("id", id)
            .param("username", username)
            .param("now", time(now))
            .update()
        == 1;
  }

  /** A live token's id and last use, and the account it acts for. */
  record TokenOwner(UUID tokenId, Instant lastUsedAt, Account account) {}

  private static Account account(ResultSet rs, int row) throws SQLException {
    return new Account(
        rs.getString("username"),
        rs.getString("password_hash"),
        Role.valueOf(rs.getString("role")),
        rs.getBoolean("enabled"),
        instant(rs, "created_at"),
        instant(rs, "updated_at"),
        rs.getInt("sign_in_version"));
  }
}
