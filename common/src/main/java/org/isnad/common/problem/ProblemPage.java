package org.isnad.common.problem;

import jakarta.ws.rs.core.Response;

import static org.isnad.common.http.Html.escape;

/**
 * The HTML form of a problem, for a person's browser on a web UI page: the same status, title and detail,
 * escaped, with a way back. API paths always answer problem+json, whatever they accept.
 */
final class ProblemPage {

    private ProblemPage() {
    }

    static boolean wanted(String path, String accept) {
        return path != null && !path.startsWith("/api/") && !path.startsWith("/q/") && accept != null
                && accept.contains("text/html");
    }

    static Response render(Response problemResponse) {
        Object entity = problemResponse.getEntity();
        String title = "Error";
        String detail = "";
        if (entity instanceof Problem problem) {
            title = problem.title() == null ? title : problem.title();
            detail = problem.detail() == null ? "" : problem.detail();
        }
        int status = problemResponse.getStatus();
        String html = "<!doctype html><html lang=\"en\" dir=\"auto\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + status + " " + escape(title) + "</title>"
                + "<link rel=\"stylesheet\" href=\"/static/isnad.css\"></head><body class=\"problem-page\">"
                + "<main><h1>" + status + " · " + escape(title) + "</h1><p dir=\"auto\">" + escape(detail)
                + "</p><p><a href=\"/\">Isnad · إسناد</a></p></main></body></html>";
        Response.ResponseBuilder page = Response.status(status).type("text/html; charset=utf-8").entity(html);
        Object authenticate = problemResponse.getHeaders().getFirst("WWW-Authenticate");
        if (authenticate != null) {
            page.header("WWW-Authenticate", authenticate);
        }
        return page.build();
    }
}
