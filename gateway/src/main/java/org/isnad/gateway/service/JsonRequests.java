package org.isnad.gateway.service;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** One JSON call over the JDK client, shared by the gateway's calls to the services and to Keycloak's admin API. */
final class JsonRequests {

    private JsonRequests() {
    }

    /** Sends {@code request} with {@code method} and {@code body} (null for none) as JSON; the raw answer. */
    static HttpResponse<byte[]> send(HttpClient http, ObjectMapper json, HttpRequest.Builder request, String method,
                                     Object body) throws IOException, InterruptedException {
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
