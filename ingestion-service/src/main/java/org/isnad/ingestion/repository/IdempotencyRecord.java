package org.isnad.ingestion.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The first answer to a caller's Idempotency-Key, replayed for retries of the same request. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @EmbeddedId
    public Key key;

    @Column(nullable = false, length = 64)
    public String requestHash;

    @Column(nullable = false)
    public UUID articleId;

    public boolean duplicate;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    @Embeddable
    public record Key(String principal, String idempotencyKey) implements Serializable {
    }
}
