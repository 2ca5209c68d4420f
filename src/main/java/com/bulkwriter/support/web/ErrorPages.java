package com.bulkwriter.support.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors outside Spring MVC's handlers as problem+json: the container's error dispatch ({@code
 * /error}: exceptions that escaped a filter or controller, {@code sendError} calls) replaces Spring
 * Boot's JSON, and Tomcat's own error report (before the application, such as the 400 for an
 * encoded slash) is replaced by {@link ProblemReportValve}.
 */
@Controller
class ErrorPages
    implements ErrorController, WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(
        context -> {
          if (context.getParent() instanceof StandardHost host) {
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
          }
        });
  }

  /** Whatever the client accepts: an error page that answers 406 would hide the error. */
  @RequestMapping("${server.error.path:/error}")
  void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer value && value >= 400 ? value : 500;
    Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    response.setStatus(status);
    response.setContentType(ContainerProblems.PROBLEM_JSON);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    ContainerProblems.write(
        status,
        path == null ? request.getRequestURI() : path.toString(),
        failure instanceof Throwable throwable ? throwable : null,
        response.getWriter());
  }
}
