package vn.edu.hocbaso.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Unknown pages and malformed ids asked for by a browser get our error pages. With problem details switched on
 * (for API clients), Spring would otherwise answer browsers with a JSON body naming the failure.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class HtmlErrors {

	@ExceptionHandler(value = NoResourceFoundException.class, produces = MediaType.TEXT_HTML_VALUE)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	@ExceptionHandler(value = TypeMismatchException.class, produces = MediaType.TEXT_HTML_VALUE)
	void badRequest(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

}
