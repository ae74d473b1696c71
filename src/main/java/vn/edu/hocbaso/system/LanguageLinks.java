package vn.edu.hocbaso.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language links of the header: the page being shown, with its query, in another language. A user who
 * switches language in the middle of a search keeps her results. Templates call it as
 * {@code ${@languageLinks.to('en')}}.
 */
@Component("languageLinks")
public class LanguageLinks {

	/** The current page's path and query with {@code lang} set to the given language, and nothing else changed. */
	public String to(String language) {

		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();

		return UriComponentsBuilder.fromPath(path(request))
			.query(request.getQueryString())
			.replaceQueryParam(Languages.PARAMETER, language)
			.build()
			.toUriString();
	}

	/**
	 * The path the browser asked for, also while an error page is rendered for it. Leading slashes are folded into
	 * one so that the link can never become a protocol-relative address of another site.
	 */
	private static String path(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = original instanceof String uri ? uri : request.getRequestURI();
		return path.replaceFirst("^/+", "/");
	}

}
