package org.isnad.review.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import org.isnad.common.persistence.SqlErrors;
import org.isnad.common.problem.ProblemException;
import org.isnad.review.repository.AuditRepository;
import org.isnad.review.repository.QueueRepository;
import org.isnad.review.repository.ReviewQueue;
import org.isnad.review.rest.QueueDefinition;
import org.isnad.review.rest.QueueDefinitionView;
import org.isnad.review.rest.QueueView;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Queues: the list with depths, one definition, and the admin's create/replace and delete. Every change is
 * audited (QUEUE_CREATED, QUEUE_UPDATED with the previous definition, QUEUE_DELETED) in its own transaction.
 */
@ApplicationScoped
public class QueueService {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final QueueRepository queues;
    private final AuditRepository audit;

    public QueueService(QueueRepository queues, AuditRepository audit) {
        this.queues = queues;
        this.audit = audit;
    }

    /** Every queue in display order with its depth; {@code english} picks the English title as {@code title}. */
    public List<QueueView> list(boolean english) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Map<String, Long> depths = queues.depths();
            return queues.listInOrder().stream()
                    .map(q -> new QueueView(q.name, english ? q.titleEn : q.titleAr, q.titleAr, q.titleEn,
                            depths.getOrDefault(q.name, 0L)))
                    .toList();
        });
    }

    public QueueDefinitionView get(String name) {
        return QuarkusTransaction.joiningExisting().call(() -> view(find(name, false)));
    }

    /** The stored definition, and whether the queue is new (201) rather than replaced (200). */
    public record Saved(QueueDefinitionView queue, boolean created) {
    }

    /**
     * Creates the queue or replaces its definition. Raising requiredReviews also raises it on the queue's claims
     * that still take reviews (a claim needs the most any of its queues asks for); lowering it leaves claims as
     * they are.
     */
    public Saved put(String name, QueueDefinition definition, String admin) {
        if (!NAME.matcher(name).matches()) {
            throw ProblemException.badRequest("queue name must be 1-63 characters of a-z, 0-9 and '-', starting"
                    + " with a letter or digit");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> save(name, definition, admin));
            } catch (PersistenceException e) {
                // another admin created the same queue a moment ago: this save becomes an update of theirs
                if (attempt >= 2 || !SqlErrors.isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    private Saved save(String name, QueueDefinition definition, String admin) {
        {
            OffsetDateTime now = Timestamps.now();
            // locked: two admins saving the same queue at once are audited one after the other, each with the
            // definition it really replaced
            ReviewQueue queue = queues.findByIdOptional(name, LockModeType.PESSIMISTIC_WRITE).orElse(null);
            boolean created = queue == null;
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("queue", name);
            if (created) {
                queue = new ReviewQueue();
                queue.name = name;
            } else {
                detail.put("previous", definitionOf(queue));
            }
            apply(definition, queue, now);
            if (created) {
                queues.persist(queue);
            }
            queues.flush();
            int raised = queues.raiseRequirement(queue);
            detail.put("definition", definitionOf(queue));
            detail.put("claimsRequirementRaised", raised);
            audit.record(now, admin, created ? "QUEUE_CREATED" : "QUEUE_UPDATED", null, detail);
            // re-read: created_at is the database's
            queues.getEntityManager().refresh(queue);
            return new Saved(view(queue), created);
        }
    }

    /** Deletes the queue; 404 when unknown, 409 for the catch-all queue. Open leases taken in it run on. */
    public void delete(String name, String admin) {
        QuarkusTransaction.requiringNew().run(() -> {
            ReviewQueue queue = find(name, true);
            if (ReviewQueue.ALL.equals(queue.name)) {
                throw ProblemException.conflict("default-queue", "Queue '" + ReviewQueue.ALL
                        + "' holds every claim and cannot be deleted");
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("queue", name);
            detail.put("previous", definitionOf(queue));
            queues.delete(queue);
            audit.record(Timestamps.now(), admin, "QUEUE_DELETED", null, detail);
        });
    }

    private ReviewQueue find(String name, boolean lock) {
        ReviewQueue queue = !NAME.matcher(name).matches() ? null : lock
                ? queues.findByIdOptional(name, LockModeType.PESSIMISTIC_WRITE).orElse(null)
                : queues.findById(name);
        if (queue == null) {
            throw ProblemException.notFound("Queue", name);
        }
        return queue;
    }

    private static void apply(QueueDefinition definition, ReviewQueue queue, OffsetDateTime now) {
        queue.titleAr = definition.title().ar().strip();
        queue.titleEn = definition.title().en().strip();
        QueueDefinition.Description description = definition.description();
        queue.descriptionAr = description == null ? null : blankToNull(description.ar());
        queue.descriptionEn = description == null ? null : blankToNull(description.en());
        queue.position = definition.position() == null ? 100 : definition.position();
        QueueDefinition.Filters filters = definition.filters();
        queue.language = filters == null ? null : filters.language();
        queue.outlet = filters == null ? null : blankToNull(filters.outlet());
        queue.entity = filters == null ? null : blankToNull(filters.entity());
        queue.sourceTypes = filters == null || filters.sourceTypes() == null ? null
                : filters.sourceTypes().toArray(String[]::new);
        queue.minCheckworthiness = filters == null ? null : filters.minCheckworthiness();
        queue.reviewsRequired = definition.requiredReviews();
        queue.updatedAt = now;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private QueueDefinitionView view(ReviewQueue queue) {
        return new QueueDefinitionView(queue.name, new QueueDefinition.Title(queue.titleAr, queue.titleEn),
                new QueueDefinition.Description(queue.descriptionAr, queue.descriptionEn), queue.position,
                filtersOf(queue), queue.reviewsRequired, queues.depth(queue), queue.createdAt, queue.updatedAt);
    }

    private static QueueDefinition.Filters filtersOf(ReviewQueue queue) {
        return new QueueDefinition.Filters(queue.language, queue.outlet, queue.entity,
                queue.sourceTypes == null ? null : Arrays.asList(queue.sourceTypes), queue.minCheckworthiness);
    }

    /** The definition as the audit trail keeps it (absent values left out). */
    private static Map<String, Object> definitionOf(ReviewQueue queue) {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("titleAr", queue.titleAr);
        definition.put("titleEn", queue.titleEn);
        putIfSet(definition, "descriptionAr", queue.descriptionAr);
        putIfSet(definition, "descriptionEn", queue.descriptionEn);
        definition.put("position", queue.position);
        putIfSet(definition, "language", queue.language);
        putIfSet(definition, "outlet", queue.outlet);
        putIfSet(definition, "entity", queue.entity);
        putIfSet(definition, "sourceTypes", queue.sourceTypes == null ? null : List.of(queue.sourceTypes));
        putIfSet(definition, "minCheckworthiness", queue.minCheckworthiness);
        putIfSet(definition, "requiredReviews", queue.reviewsRequired);
        return definition;
    }

    private static void putIfSet(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
