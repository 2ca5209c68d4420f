package com.bulkwriter.support.web;

import java.io.IOException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the React app from {@code classpath:/static/}; any other browser path that is not a file
 * and not an API route gets {@code index.html}, so client-side routes survive a reload.
 */
@Configuration(proxyBeanMethods = false)
class SinglePageApp implements WebMvcConfigurer {

  private static final String[] SERVER_ROUTES = {"api/", "actuator", "v3/", "swagger-ui", "ws"};

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/**")
        .addResourceLocations("classpath:/static/")
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
