package org.evaluation.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.evaluation.web.api.ApiError;
import org.evaluation.web.api.ApiJson;
import org.evaluation.web.api.ApiTexts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Refuses a request body larger than the platform takes, with 413 and before reading it, so that
 * nobody ties up a server by sending gigabytes: {@code evaluation.api.max-body-bytes} for the REST
 * API (64 KiB by default: its bodies are small JSON records) and {@code evaluation.request.max-bytes}
 * for everything else (8 MiB: the people import takes files of up to 5 MiB). A body sent without a
 * length (chunked) is cut off when it passes the limit: reading it fails and nothing is stored.
 * A form sent without a length is refused with 411: the container parses forms itself, past any
 * limit a filter could set, and browsers always say how long their forms are.
 */
@WebFilter(filterName = "RequestSizeFilter", urlPatterns = "/*")
public class RequestSizeFilter extends HttpFilter {

    public static final String API_MAX = "evaluation.api.max-body-bytes";
    public static final String MAX = "evaluation.request.max-bytes";
    static final long API_DEFAULT = 64 * 1024;
    static final long DEFAULT = 8 * 1024 * 1024;
    private static final long serialVersionUID = 1L;
    private static final String API = "/api/";
    private static final String TOO_LARGE = "error.bodyTooLarge";
    private static final String LENGTH_REQUIRED = "error.lengthRequired";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + API);
        long limit = ConfigProvider.getConfig().getOptionalValue(api ? API_MAX : MAX, Long.class)
                .orElse(api ? API_DEFAULT : DEFAULT);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response, api, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, TOO_LARGE, limit);
            return;
        }
        if (declared < 0 && request.getHeader("Transfer-Encoding") != null && isForm(request.getContentType())) {
            refuse(request, response, api, HttpServletResponse.SC_LENGTH_REQUIRED, LENGTH_REQUIRED, limit);
            return;
        }
        chain.doFilter(declared < 0 ? new Limited(request, limit) : request, response);
    }

    private static boolean isForm(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean api, int status,
                               String key, long limit) throws IOException {
        Locale locale = ApiTexts.localeOf(request);
        String kib = String.valueOf(limit / 1024);
        String text = ApiTexts.text(locale, key, kib);
        // the body is not read: the connection is closed after the answer instead
        response.setHeader("Connection", "close");
        response.setStatus(status);
        response.setHeader("Content-Language", locale.toLanguageTag());
        if (api) {
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(ApiJson.jsonb().toJson(new ApiError(status, key, text, null))
                    .getBytes(StandardCharsets.UTF_8));
        } else {
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A request whose body stops being read past the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream limited;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.ISO_8859_1 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                ServletInputStream in = super.getInputStream();
                limited = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > limit) {
                            throw new IOException("The request body is larger than " + limit + " bytes");
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return limited;
        }
    }
}
