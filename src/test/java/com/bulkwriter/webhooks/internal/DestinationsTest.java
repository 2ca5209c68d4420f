package com.bulkwriter.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DestinationsTest {

  final Destinations guarded = new Destinations(properties(false));
  final Destinations open = new Destinations(properties(true));

  static WebhookProperties properties(boolean allowPrivate) {
    return new WebhookProperties(
        allowPrivate, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "127.10.0.5",
        "::1",
        "10.1.2.3",
        "172.16.0.1",
        "172.31.255.255",
        "192.168.1.1",
        "169.254.169.254",
        "fe80::1",
        "fc00::1",
        "fd12:3456::1",
        "0.0.0.0",
        "::",
        "0.1.2.3",
        "224.0.0.1",
        "ff02::1",
        "100.64.0.1",
        "255.255.255.255",
        "::ffff:10.0.0.1",
        "::127.0.0.1"
      })
  void nonPublicAddressesAreRefused(String address) throws UnknownHostException {
    assertThat(Destinations.isPublic(InetAddress.getByName(address))).as(address).isFalse();
    assertThatThrownBy(() -> guarded.resolve(address))
        .isInstanceOf(UnknownHostException.class)
        .hasMessageContaining("bulkwriter.webhooks.allow-private-destinations");
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.32.0.1", "203.0.113.10", "2001:db8::1"})
  void publicAddressesPass(String address) throws UnknownHostException {
    assertThat(Destinations.isPublic(InetAddress.getByName(address))).as(address).isTrue();
    assertThat(guarded.resolve(address)).hasSize(1);
  }

  @Test
  void registrationRefusesOtherSchemesCredentialsAndPrivateHostsNamingTheSetting() {
    assertThat(guarded.refusal("ftp://203.0.113.10/x"))
        .contains("must start with http:// or https://");
    assertThat(guarded.refusal("https:///nohost")).contains("must name a host");
    assertThat(guarded.refusal("https://user:pw@203.0.113.10/x"))
        .contains("must not contain a user name or password");
    assertThat(guarded.refusal("not a url")).get().asString().startsWith("is not a URL");
    assertThat(guarded.refusal("http://localhost:8080/hook"))
        .get()
        .asString()
        .contains("localhost resolves to 127.0.0.1")
        .contains("allow-private-destinations");
    assertThat(guarded.refusal("http://[::1]/hook")).isPresent();
    assertThat(guarded.refusal("http://169.254.169.254/latest/meta-data")).isPresent();
    assertThat(guarded.refusal("https://203.0.113.10/hook")).isEmpty();
    // a name that does not resolve here now is checked again at every delivery
    assertThat(guarded.refusal("https://hooks.invalid/x")).isEmpty();
  }

  @Test
  void anAdminCanAllowPrivateDestinations() throws UnknownHostException {
    assertThat(open.refusal("http://127.0.0.1:9000/hook")).isEmpty();
    assertThat(open.resolve("localhost")).isNotEmpty();
    assertThat(open.resolveCanonicalHostname("127.0.0.1")).isNotBlank();
  }
}
