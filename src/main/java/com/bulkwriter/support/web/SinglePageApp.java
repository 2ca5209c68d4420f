package com.bulkwriter.support.web;

import java.io.IOException;
import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the React app from {@code classpath:/static/}; any other browser path that is not a file
 * and not an API route gets {@code index.html}, so client-side routes survive a reload.
 *
 * <p>The build's {@code /assets/} have a content hash in their names, so they are cached for a year
 * as immutable, and sent as the Brotli or gzip file the build wrote next to them when the browser
 * accepts it. Everything else, the HTML shell above all, is revalidated on every load ({@code
 * no-cache}), so a new version is picked up at once.
 */
@Configuration(proxyBeanMethods = false)
class SinglePageApp implements WebMvcConfigurer {

  private static final String[] SERVER_ROUTES = {"api/", "actuator", "v3/", "swagger-ui", "ws"};

  static final CacheControl HASHED_ASSETS =
      CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/assets/**")
        .addResourceLocations("classpath:/static/assets/")
        .setCacheControl(HASHED_ASSETS)
        .resourceChain(true)
        .addResolver(new EncodedResourceResolver())
        .addResolver(new PathResourceResolver());
    registry
        .addResourceHandler("/**")
        .addResourceLocations("classpath:/static/")
        .setCacheControl(CacheControl.noCache())
        .resourceChain(true)
        .addResolver(
            new PathResourceResolver() {
              @Override
              protected Resource getResource(String path, Resource location) throws IOException {
                Resource requested = location.createRelative(path);
                if (requested.exists() && requested.isReadable()) {
                  return requested;
                }
                for (String route : SERVER_ROUTES) {
                  if (path.startsWith(route)) {
                    return null;
                  }
                }
                Resource index = location.createRelative("index.html");
                return index.exists() ? index : null;
              }
            });
  }
}
