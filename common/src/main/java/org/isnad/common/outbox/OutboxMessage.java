package org.isnad.common.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An event waiting to be published, written in the same transaction as the state change it announces. Every
 * service's own schema has an {@code outbox} table (created by its Flyway migrations).
 */
@Entity
@Table(name = "outbox")
public class OutboxMessage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String routingKey;

    public String subject;

    /** The whole CloudEvent as wire JSON. */
    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    public OffsetDateTime publishedAt;

    public int attempts;

    public String lastError;
}
