package org.isnad.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The merge rules on small documents, without a gateway or services. */
class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final OpenApiMerger merger = new OpenApiMerger("http://kc/realms/isnad/.well-known/openid-configuration");

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static final String GATEWAY = """
            {'openapi': '3.1.0', 'info': {'title': 'gateway', 'version': '1'},
             'paths': {'/api/v1/webhooks': {'get': {'responses': {'200': {'content': {'application/json':
                        {'schema': {'$ref': '#/components/schemas/Page'}}}}}}}},
             'components': {'schemas': {'Page': {'type': 'object', 'properties': {'items': {'type': 'array'}}}}},
             'tags': [{'name': 'Webhooks'}]}""";

    private static final String INGESTION = """
            {'openapi': '3.1.0', 'info': {'title': 'ingestion', 'version': '1'},
             'servers': [{'url': 'http://127.0.0.1:8081'}],
             'paths': {'/api/v1/articles': {'post': {'requestBody': {'content': {'application/json':
                        {'schema': {'$ref': '#/components/schemas/ArticleSubmission'}}}},
                        'responses': {'202': {'content': {'application/json':
                        {'schema': {'$ref': '#/components/schemas/Page'}}}}}}},
                       '/q/health': {'get': {}},
                       '/internal/reindex': {'post': {}}},
             'components': {'schemas': {
                 'ArticleSubmission': {'type': 'object', 'properties': {'title': {'type': 'string'},
                                       'page': {'$ref': '#/components/schemas/Page'}}},
                 'Page': {'type': 'object', 'properties': {'total': {'type': 'integer'}}}}},
             'tags': [{'name': 'Articles'}, {'name': 'Webhooks'}]}""";

    private static final String REVIEW = """
            {'openapi': '3.1.0', 'info': {'title': 'review', 'version': '1'},
             'paths': {'/api/v1/claims/{id}': {'get': {'responses': {'200': {'content': {'application/json':
                        {'schema': {'$ref': '#/components/schemas/ClaimDetail'}}}}}}},
                       '/api/v1/articles': {'get': {'summary': 'review must not take over articles'}}},
             'components': {'schemas': {
                 'ClaimDetail': {'type': 'object'},
                 'Page': {'type': 'object', 'properties': {'items': {'type': 'array'}}}},
                 'securitySchemes': {'SecurityScheme': {'type': 'http', 'scheme': 'bearer'}}}}""";

    private JsonNode mergeAll() throws Exception {
        return merger.merge(json(GATEWAY), List.of(
                new OpenApiMerger.Source("ingestion", json(INGESTION), path -> path.startsWith("/api/v1/")),
                new OpenApiMerger.Source("extraction", null, path -> true),
                new OpenApiMerger.Source("review", json(REVIEW), path -> path.startsWith("/api/v1/"))));
    }

    @Test
    void takesEveryServicesPublicPathsAndNothingElse() throws Exception {
        JsonNode merged = mergeAll();
        List<String> paths = new java.util.ArrayList<>();
        merged.get("paths").fieldNames().forEachRemaining(paths::add);
        assertEquals(List.of("/api/v1/articles", "/api/v1/claims/{id}", "/api/v1/webhooks"), paths);
        assertTrue(merged.at("/paths/~1api~1v1~1articles/post").isObject(), "ingestion's articles");
        assertTrue(merged.at("/paths/~1api~1v1~1articles/get").isMissingNode(), "the first owner of a path wins");
        assertEquals("review /api/v1/articles", merged.at("/x-isnad-merge/conflicts/0").asText());
        assertEquals("gateway", merged.at("/info/title").asText(), "the gateway's document is the base");
        assertTrue(merged.get("servers") == null || !merged.get("servers").toString().contains("8081"),
                "a service's own servers never leak");
    }

    @Test
    void aClashingComponentIsRenamedAndItsReferencesFollow() throws Exception {
        JsonNode merged = mergeAll();
        JsonNode schemas = merged.at("/components/schemas");
        assertEquals("array", schemas.at("/Page/properties/items/type").asText(), "the gateway's Page stays");
        assertEquals("integer", schemas.at("/ingestion_Page/properties/total/type").asText());
        assertEquals("#/components/schemas/ingestion_Page",
                merged.at("/paths/~1api~1v1~1articles/post/responses/202/content/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/ingestion_Page",
                schemas.at("/ArticleSubmission/properties/page/$ref").asText(), "refs inside components too");
        assertFalse(schemas.has("review_Page"), "an identical definition is shared, not copied");
        assertTrue(schemas.has("ClaimDetail"));
        assertEquals("#/components/schemas/Page",
                merged.at("/paths/~1api~1v1~1webhooks/get/responses/200/content/application~1json/schema/$ref").asText());
    }

    @Test
    void declaresBearerAndOidcAndKeepsTheServicesSchemes() throws Exception {
        JsonNode merged = mergeAll();
        JsonNode schemes = merged.at("/components/securitySchemes");
        assertEquals("bearer", schemes.at("/bearer/scheme").asText());
        assertEquals("JWT", schemes.at("/bearer/bearerFormat").asText());
        assertEquals("http://kc/realms/isnad/.well-known/openid-configuration", schemes.at("/oidc/openIdConnectUrl").asText());
        assertTrue(schemes.has("SecurityScheme"));
        assertTrue(merged.at("/security/0/bearer").isArray());
    }

    @Test
    void tagsAreUnitedAndAnAbsentServiceIsReported() throws Exception {
        JsonNode merged = mergeAll();
        assertEquals("[{\"name\":\"Webhooks\"},{\"name\":\"Articles\"}]", merged.get("tags").toString());
        assertEquals("[\"extraction\"]", merged.at("/x-isnad-merge/unavailable").toString());
    }

    @Test
    void worksWithoutAnyServiceAndLeavesItsInputsAlone() throws Exception {
        JsonNode gateway = json(GATEWAY);
        JsonNode ingestion = json(INGESTION);
        String before = gateway.toString() + ingestion;
        JsonNode alone = merger.merge(gateway, List.of(new OpenApiMerger.Source("review", null, path -> true)));
        assertEquals(1, alone.get("paths").size());
        merger.merge(gateway, List.of(new OpenApiMerger.Source("ingestion", ingestion, path -> true)));
        assertEquals(before, gateway.toString() + ingestion);
        JsonNode empty = merger.merge(null, List.of());
        assertTrue(empty.get("paths").isEmpty());
        assertTrue(empty.at("/components/securitySchemes/bearer").isObject());
    }
}
