package org.isnad.gateway.partner;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.isnad.common.problem.ProblemException;
import org.isnad.events.EventCodec;
import org.isnad.events.EventType;
import org.isnad.gateway.repository.DeliveryRow;
import org.isnad.gateway.repository.WebhookRegistration;
import org.isnad.gateway.repository.WebhookRepository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Registering, listing and removing webhooks, and reading their delivery logs. A caller sees and manages only
 * its own registrations (another's answer 404, as if absent); admins see and manage all.
 */
@ApplicationScoped
public class WebhookService {

    /** The events partners may subscribe to. {@code claim.reviewed} names reviewers and never leaves the platform. */
    public static final Set<String> DELIVERABLE = Set.of(EventType.CLAIM_VERDICT_PUBLISHED.routingKey());
    public static final String PING_TYPE = "webhook.ping";
    static final int MAX_DESCRIPTION = 500;

    private final WebhookRepository repository;
    private final WebhookConfig config;
    private final WebhookUrlPolicy urls;

    public WebhookService(WebhookRepository repository, WebhookConfig config) {
        this.repository = repository;
        this.config = config;
        this.urls = new WebhookUrlPolicy(config.allowPrivateAddresses());
    }

    @Transactional
    public WebhookViews.Created register(WebhookViews.Registration request, SecurityIdentity identity) {
        if (request == null) {
            throw ProblemException.badRequest("A JSON body {url, events, description?} is required");
        }
        urls.problem(request.url()).ifPresent(problem -> {
            throw ProblemException.badRequest(problem);
        });
        List<String> events = events(request.events());
        if (request.description() != null && request.description().length() > MAX_DESCRIPTION) {
            throw ProblemException.badRequest("description is longer than " + MAX_DESCRIPTION + " characters");
        }
        String owner = Caller.of(identity).key();
        if (repository.count(owner) >= config.maxRegistrationsPerOwner()) {
            throw ProblemException.conflict("too-many-webhooks", "At most " + config.maxRegistrationsPerOwner()
                    + " webhooks per caller; delete one first");
        }
        WebhookRegistration registration = new WebhookRegistration();
        registration.id = UUID.randomUUID();
        registration.owner = owner;
        registration.url = request.url();
        registration.events = String.join(",", events);
        registration.description = request.description();
        registration.secret = WebhookSignature.newSecret();
        registration.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        repository.save(registration);
        return new WebhookViews.Created(registration.id, registration.url, events, registration.description,
                registration.secret, registration.createdAt);
    }

    public List<WebhookViews.Webhook> list(SecurityIdentity identity) {
        String owner = isAdmin(identity) ? null : Caller.of(identity).key();
        return repository.list(owner).stream().map(WebhookService::view).toList();
    }

    public WebhookViews.Webhook get(UUID id, SecurityIdentity identity) {
        return view(visible(id, identity));
    }

    public void delete(UUID id, SecurityIdentity identity) {
        visible(id, identity);
        repository.delete(id);
    }

    public WebhookViews.Page<WebhookViews.Delivery> deliveries(UUID id, int page, int size, SecurityIdentity identity) {
        if (page < 0 || size < 1 || size > 100) {
            throw ProblemException.badRequest("page must be ≥ 0 and size between 1 and 100");
        }
        visible(id, identity);
        List<WebhookViews.Delivery> items = repository.deliveries(id, page, size).stream()
                .map(WebhookService::view).toList();
        return new WebhookViews.Page<>(items, page, size, repository.countDeliveries(id));
    }

    /** Queues a {@code webhook.ping} event for this one webhook, signed and retried like any other delivery. */
    @Transactional
    public WebhookViews.Ping ping(UUID id, SecurityIdentity identity) {
        WebhookRegistration registration = visible(id, identity);
        String eventId = UUID.randomUUID().toString();
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", eventId);
        event.put("source", "/isnad/gateway");
        event.put("type", "org.isnad." + PING_TYPE + ".v1");
        event.put("subject", registration.id.toString());
        event.put("time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        event.put("datacontenttype", "application/json");
        event.put("data", Map.of("webhookId", registration.id.toString(), "message", "Isnad webhook test"));
        String payload;
        try {
            payload = EventCodec.mapper().writeValueAsString(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        repository.recordEvent(eventId, PING_TYPE, payload);
        repository.enqueue(registration.id, eventId);
        return new WebhookViews.Ping(registration.id, eventId, PING_TYPE);
    }

    private WebhookRegistration visible(UUID id, SecurityIdentity identity) {
        WebhookRegistration registration = repository.find(id)
                .orElseThrow(() -> ProblemException.notFound("Webhook", id));
        if (!isAdmin(identity) && !registration.owner.equals(Caller.of(identity).key())) {
            throw ProblemException.notFound("Webhook", id);
        }
        return registration;
    }

    static List<String> events(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw ProblemException.badRequest("events must list at least one of " + DELIVERABLE);
        }
        Set<String> events = new LinkedHashSet<>();
        for (String event : requested) {
            if (EventType.CLAIM_REVIEWED.routingKey().equals(event)) {
                throw ProblemException.badRequest("claim.reviewed is internal to the desk (it names reviewers) and"
                        + " is never delivered to partners; subscribe to claim.verdict-published");
            }
            if (event == null || !DELIVERABLE.contains(event)) {
                throw ProblemException.badRequest("unknown event '" + event + "'; deliverable events: " + DELIVERABLE);
            }
            events.add(event);
        }
        return List.copyOf(events);
    }

    private static boolean isAdmin(SecurityIdentity identity) {
        return identity.hasRole(WebhookResource.ADMIN);
    }

    private static WebhookViews.Webhook view(WebhookRegistration registration) {
        return new WebhookViews.Webhook(registration.id, registration.url, registration.eventList(),
                registration.description, registration.owner.substring(registration.owner.indexOf(':') + 1),
                registration.createdAt);
    }

    private static WebhookViews.Delivery view(DeliveryRow row) {
        return new WebhookViews.Delivery(row.id(), row.eventId(), row.eventType(), row.status(), row.attempts(),
                row.lastStatusCode(), row.lastError(), row.nextAttemptAt(), row.deliveredAt(), row.createdAt());
    }
}
