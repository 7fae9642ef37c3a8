package org.isnad.extraction.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** That an article was extracted by a given extractor version, and with what outcome. */
@Entity
@Table(name = "extraction")
public class ExtractionRecord {

    @EmbeddedId
    public Key key;

    public String language;

    @Column(nullable = false)
    public int claimCount;

    @Column(nullable = false)
    public int entityCount;

    public boolean failed;

    public String failureReason;

    @Column(nullable = false)
    public OffsetDateTime extractedAt;

    @Embeddable
    public record Key(UUID articleId, String extractorVersion) implements Serializable {
    }
}
