package org.isnad.ingestion.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.isnad.common.problem.Problem;
import org.isnad.common.problem.ProblemException;
import org.isnad.common.problem.ProblemFactory;
import org.isnad.ingestion.config.IngestionConfig;
import org.isnad.ingestion.rest.ArticleSubmission;
import org.isnad.ingestion.rest.BatchResponse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * NDJSON batches: each non-blank line is one {@link ArticleSubmission}, validated and stored on its own, so a
 * bad line is reported without blocking (or half-storing) the others. The whole batch is refused only when it
 * is not UTF-8 or has too many lines.
 */
@ApplicationScoped
public class BatchIngestion {

    private final IngestionService ingestion;
    private final Validator validator;
    private final ObjectMapper json;
    private final IngestionConfig config;
    private final ProblemFactory problems = new ProblemFactory();

    public BatchIngestion(IngestionService ingestion, Validator validator, ObjectMapper json, IngestionConfig config) {
        this.ingestion = ingestion;
        this.validator = validator;
        this.json = json.copy().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.config = config;
    }

    public BatchResponse submit(byte[] ndjson, String principal) {
        String[] lines = strictUtf8(ndjson).split("\n");
        long articles = java.util.Arrays.stream(lines).filter(line -> !line.isBlank()).count();
        if (articles == 0) {
            throw ProblemException.badRequest("The batch has no articles: send one JSON object per line");
        }
        if (articles > config.maxBatchArticles()) {
            throw new ProblemException(413, "batch-too-large", "Batch too large",
                    "The batch has " + articles + " articles; at most " + config.maxBatchArticles() + " are accepted");
        }
        List<BatchResponse.Line> items = new ArrayList<>();
        int accepted = 0;
        int duplicates = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int lineNumber = i + 1;
            try {
                SubmissionOutcome outcome = ingestion.submit(parse(lines[i]), principal, null);
                if (outcome.duplicate()) {
                    duplicates++;
                    items.add(new BatchResponse.Line(lineNumber, "DUPLICATE", outcome.articleId(), outcome.articleId(), null));
                } else {
                    accepted++;
                    items.add(new BatchResponse.Line(lineNumber, "ACCEPTED", outcome.articleId(), null, null));
                }
            } catch (ProblemException | ConstraintViolationException | JsonProcessingException e) {
                Problem problem = (Problem) problems.toResponse(e, null).getEntity();
                items.add(new BatchResponse.Line(lineNumber, "REJECTED", null, null, problem));
            }
        }
        return new BatchResponse(accepted, duplicates, items.size() - accepted - duplicates, items);
    }

    private ArticleSubmission parse(String line) throws JsonProcessingException {
        ArticleSubmission submission = json.readValue(line, ArticleSubmission.class);
        if (submission == null) {
            throw ProblemException.badRequest("The line is not an article object");
        }
        Set<ConstraintViolation<ArticleSubmission>> violations = validator.validate(submission);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return submission;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(400, "malformed-body", "Malformed request body", "The body is not valid UTF-8");
        }
    }
}
