package com.bulkwriter.progress.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.WebUtils;

/**
 * Answers a WebSocket handshake whose {@code Origin} header cannot be read as an origin with 403,
 * as any foreign origin is answered, instead of letting Spring's same-origin check fail with 500.
 * Runs before that check, which it leaves to decide every readable origin.
 */
class OriginCheck implements HandshakeInterceptor {

  private static final byte[] REFUSED =
      """
      {"type":"about:blank","title":"Forbidden","status":403,"detail":"The Origin header is not a valid origin"}"""
          .getBytes(StandardCharsets.UTF_8);

  @Override
  public boolean beforeHandshake(
      ServerHttpRequest request,
      ServerHttpResponse response,
      WebSocketHandler handler,
      Map<String, Object> attributes)
      throws Exception {
    try {
      WebUtils.isSameOrigin(request);
      return true;
    } catch (RuntimeException malformed) {
      response.setStatusCode(HttpStatus.FORBIDDEN);
      response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
      response.getBody().write(REFUSED);
      return false;
    }
  }

  @Override
  public void afterHandshake(
      ServerHttpRequest request,
      ServerHttpResponse response,
      WebSocketHandler handler,
      Exception failure) {}
}
