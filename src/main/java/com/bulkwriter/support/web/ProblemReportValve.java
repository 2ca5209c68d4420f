package com.bulkwriter.support.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error report as problem+json instead of its HTML page: for errors Tomcat raises before
 * the application sees the request (an encoded slash or a malformed URL answered 400) and for
 * anything else that reaches the container without a body. Installed on the host by {@link
 * ErrorPages}; Tomcat creates it by class name, so it is public with a no-argument constructor.
 */
public class ProblemReportValve extends ErrorReportValve {

  public ProblemReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0) {
      return;
    }
    try {
      response.setContentType(ContainerProblems.PROBLEM_JSON);
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        ContainerProblems.write(status, request.getDecodedRequestURI(), throwable, writer);
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException | IllegalArgumentException e) {
      // the client is gone or the response is already on its way: nothing more to say
    }
  }
}
