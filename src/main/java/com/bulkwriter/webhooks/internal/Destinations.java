package com.bulkwriter.webhooks.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.apache.hc.client5.http.DnsResolver;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may go (the SSRF rule): http or https only, and — unless {@code
 * bulkwriter.webhooks.allow-private-destinations} — never to loopback, private (RFC 1918, RFC 6598
 * shared, IPv6 ULA), link-local (169.254.0.0/16 with the cloud metadata address, fe80::/10),
 * unspecified or multicast addresses. Checked when an endpoint is registered, and again at every
 * delivery by the HTTP client's {@link DnsResolver}: the client connects only to the addresses this
 * class resolved and checked, so a name that resolves to a public address at registration and to a
 * private one later (DNS rebinding) is refused at the connection itself.
 */
@Component
class Destinations implements DnsResolver {

  static final String SETTING = "bulkwriter.webhooks.allow-private-destinations";

  private final boolean allowPrivate;

  Destinations(WebhookProperties properties) {
    this.allowPrivate = properties.allowPrivateDestinations();
  }

  /** Why this URL cannot be an endpoint, or empty when it can. */
  Optional<String> refusal(String url) {
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      return Optional.of("is not a URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("must start with http:// or https://");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      return Optional.of("must name a host");
    }
    if (uri.getRawUserInfo() != null) {
      return Optional.of("must not contain a user name or password");
    }
    if (uri.getRawFragment() != null) {
      return Optional.of("must not contain a #fragment");
    }
    try {
      resolve(uri.getHost());
    } catch (RefusedDestination e) {
      return Optional.of(e.getMessage());
    } catch (UnknownHostException e) {
      // not resolvable from here now (no DNS, or not yet): checked again at every delivery
    }
    return Optional.empty();
  }

  /** The host's addresses, each checked; refused (as unknown) when any of them is not public. */
  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    String bare =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    InetAddress[] addresses = InetAddress.getAllByName(bare);
    if (!allowPrivate) {
      for (InetAddress address : addresses) {
        if (!isPublic(address)) {
          boolean literal = bare.contains(":") || bare.matches("[0-9.]+");
          throw new RefusedDestination(
              "%s a loopback, private, link-local, unspecified or multicast address; an admin can allow those with %s"
                  .formatted(
                      literal
                          ? bare + " is"
                          : bare + " resolves to " + address.getHostAddress() + ",",
                      SETTING));
        }
      }
    }
    return addresses;
  }

  @Override
  public String resolveCanonicalHostname(String host) throws UnknownHostException {
    return resolve(host)[0].getCanonicalHostName();
  }

  /** Whether webhooks may reach this address without the admin's setting. */
  static boolean isPublic(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = bytes[0] & 0xff;
      int second = bytes[1] & 0xff;
      boolean thisNetwork = first == 0; // 0.0.0.0/8
      boolean shared = first == 100 && second >= 64 && second < 128; // 100.64.0.0/10 (RFC 6598)
      boolean broadcast = first == 255;
      return !thisNetwork && !shared && !broadcast;
    }
    if (address instanceof Inet6Address v6) {
      boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc; // fc00::/7
      if (uniqueLocal) {
        return false;
      }
      if (v6.isIPv4CompatibleAddress()) {
        try {
          byte[] v4 = {bytes[12], bytes[13], bytes[14], bytes[15]};
          return isPublic(InetAddress.getByAddress(v4));
        } catch (UnknownHostException e) {
          return false;
        }
      }
    }
    return true;
  }

  /** A destination the SSRF rule refuses; an UnknownHostException so the client never connects. */
  static final class RefusedDestination extends UnknownHostException {
    RefusedDestination(String message) {
      super(message);
    }
  }
}
