package com.bulkwriter.publishing.internal;

import com.bulkwriter.support.ConflictException;
import com.bulkwriter.support.InputError;
import com.bulkwriter.support.InvalidInputException;
import com.bulkwriter.support.NotFoundException;
import com.bulkwriter.support.secrets.SecretBox;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Connecting, changing, testing and removing sites, within the caller's scope. The application
 * password is encrypted before it is stored and decrypted only to call the site.
 */
@Service
public class SiteService {

  private final Sites sites;
  private final SecretBox secrets;
  private final ConnectionTester tester;
  private final WordPressClient client;
  private final PublishingProperties properties;
  private final Clock clock;

  SiteService(
      Sites sites,
      SecretBox secrets,
      ConnectionTester tester,
      WordPressClient client,
      PublishingProperties properties,
      Clock clock) {
    this.sites = sites;
    this.secrets = secrets;
    this.tester = tester;
    this.client = client;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * A site as a user enters it; {@code applicationPassword} may be left out of a change to keep the
   * stored one.
   *
   * @param requestPaceMs least milliseconds between two requests to the site, else {@code null}
   *     (the configured {@code request-pace})
   * @param defaults what the Publish dialog starts from for this site, else {@code null}
   */
  public record SiteRequest(
      String name,
      String url,
      String username,
      String applicationPassword,
      Integer requestPaceMs,
      SiteDefaults defaults) {

    @Override
    public String toString() {
      return "SiteRequest[name=" + name + ", url=" + url + ", username=" + username + "]";
    }
  }

  public Site connect(String owner, SiteRequest request) {
    Valid valid = validate(request, true);
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    Site site =
        new Site(
            id,
            owner,
            valid.name,
            valid.url,
            valid.username,
            secrets.seal(id, valid.password),
            valid.settings.requestPaceMs(),
            valid.settings.defaults(),
            null,
            null,
            now,
            now);
    sites.insert(site);
    return site;
  }

  public Site change(String scope, UUID id, SiteRequest request) {
    Site stored = site(scope, id);
    Valid valid = validate(request, false);
    String secret =
        valid.password == null ? stored.secret() : secrets.seal(stored.id(), valid.password);
    Site changed =
        new Site(
            id,
            stored.owner(),
            valid.name,
            valid.url,
            valid.username,
            secret,
            valid.settings.requestPaceMs(),
            valid.settings.defaults(),
            null,
            null,
            stored.createdAt(),
            clock.instant());
    if (!sites.update(scope, changed, changed.updatedAt())) {
      throw new NotFoundException("No site " + id);
    }
    return changed;
  }

  public Site site(String scope, UUID id) {
    return sites.find(scope, id).orElseThrow(() -> new NotFoundException("No site " + id));
  }

  public List<Site> sites(String scope) {
    return sites.list(scope);
  }

  /** Removes a site; refused while a publish job to it is running or paused. */
  public void disconnect(String scope, UUID id) {
    site(scope, id);
    if (sites.activeJobs(id) > 0) {
      throw new ConflictException(
          "A publish job to this site is running or paused; cancel it before removing the site");
    }
    if (!sites.delete(scope, id)) {
      throw new NotFoundException("No site " + id);
    }
  }

  /** Tests the connection now and keeps the result (and the site's timezone) with the site. */
  public ConnectionCheck test(String scope, UUID id) {
    Site site = site(scope, id);
    ConnectionCheck check = tester.check(access(site));
    sites.recordCheck(id, check);
    return check;
  }

  /** The site's categories, tags and authors, read from it now. */
  public SiteChoices choices(String scope, UUID id) {
    try {
      SiteAccess access = access(site(scope, id));
      return new SiteChoices(
          list(client.terms(access, "categories")),
          list(client.terms(access, "tags")),
          list(client.authors(access)));
    } catch (WordPressFailure e) {
      throw new ConflictException("The site could not be read: " + e.getMessage());
    }
  }

  /** The site with its password decrypted, to call it. */
  SiteAccess access(Site site) {
    try {
      return new SiteAccess(
          site.id(),
          site.url(),
          site.username(),
          secrets.open(site.id(), site.secret()),
          SiteSettings.pace(site.requestPaceMs()));
    } catch (SecretBox.SecretUnavailable e) {
      throw new ConflictException(
          secrets.ready()
              ? "The site's password was stored under another BULKWRITER_SECRETS_KEY; enter it"
                  + " again with PUT /api/sites/{id} (keep the site: it remembers which posts are"
                  + " yours)"
              : e.getMessage());
    }
  }

  private static List<SiteChoice> list(JsonNode items) {
    List<SiteChoice> choices = new ArrayList<>();
    for (JsonNode item : items) {
      choices.add(
          new SiteChoice(
              item.path("id").asLong(), Entities.decode(item.path("name").asString(""))));
    }
    return choices;
  }

  private record Valid(
      String name, String url, String username, String password, SiteSettings.Valid settings) {}

  private Valid validate(SiteRequest request, boolean passwordRequired) {
    List<InputError> errors = new ArrayList<>();
    if (request == null) {
      throw new InvalidInputException(
          "A site needs a body", List.of(InputError.field("url", "is required")));
    }
    String url = normalizedUrl(request.url(), errors);
    String username = text(request.username(), "username", 200, true, errors);
    String password =
        text(request.applicationPassword(), "applicationPassword", 200, passwordRequired, errors);
    String name = text(request.name(), "name", 200, false, errors);
    SiteSettings.Valid settings =
        SiteSettings.validate(request.requestPaceMs(), request.defaults(), properties, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The site cannot be saved", errors);
    }
    if (name == null) {
      name = URI.create(url).getHost();
    }
    return new Valid(name, url, username, password, settings);
  }

  private static String text(
      String value, String field, int max, boolean required, List<InputError> errors) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(InputError.field(field, "is required"));
      }
      return null;
    }
    if (value.strip().length() > max) {
      errors.add(InputError.field(field, "must be at most " + max + " characters"));
      return null;
    }
    return value.strip();
  }

  /** An http(s) address without query, fragment or trailing slash. */
  static String normalizedUrl(String value, List<InputError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(InputError.field("url", "is required, e.g. https://example.com"));
      return null;
    }
    String url = value.strip();
    while (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
      if (!(scheme.equals("http") || scheme.equals("https"))
          || uri.getHost() == null
          || uri.getRawQuery() != null
          || uri.getRawFragment() != null
          || uri.getUserInfo() != null
          || url.length() > 500) {
        errors.add(
            InputError.field(
                "url",
                "must be the site's http(s) address, e.g. https://example.com or"
                    + " https://example.com/blog"));
        return null;
      }
      return url;
    } catch (URISyntaxException e) {
      errors.add(InputError.field("url", "is not a valid address"));
      return null;
    }
  }
}
