package org.isnad.gateway.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A partner's webhook: where to POST which events, and the secret that signs them. Never leaves the gateway as is. */
@Entity
@Table(name = "webhook_registration")
public class WebhookRegistration {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String owner;

    @Column(nullable = false)
    public String url;

    /** Comma-separated routing keys. */
    @Column(nullable = false)
    public String events;

    public String description;

    @Column(nullable = false)
    public String secret;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    public List<String> eventList() {
        return Arrays.stream(events.split(",")).filter(event -> !event.isBlank()).toList();
    }
}
