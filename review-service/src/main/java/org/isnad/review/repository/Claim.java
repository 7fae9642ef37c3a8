package org.isnad.review.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A check-worthy statement under review. Claims are inserted by {@link ClaimRepository#insertIfAbsent} (never
 * persisted through JPA) so their extraction-given ids make redelivery harmless.
 */
@Entity
@Table(name = "claim")
public class Claim {

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID articleId;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Column(nullable = false, columnDefinition = "text")
    public String textNormalized;

    public int startOffset;
    public int endOffset;
    public double checkworthiness;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Double> checkworthinessFeatures;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SourceType sourceType;

    public String source;
    public String outlet;
    public String cue;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<StoredQuantity> quantities;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<StoredEntity> entities;

    @Column(nullable = false)
    public String extractorVersion;

    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClaimStatus status;

    public int reviewsRequired;
    public int reviewCount;

    /** Holder and expiry of the open lease, kept in step with the {@code lease} table (null when none). */
    public String leasedBy;
    public OffsetDateTime leasedUntil;

    /** Written only by ClusterRepository (claims that say the same thing); null while the claim has no match. */
    @Column(insertable = false, updatable = false)
    public UUID clusterId;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    @Column(nullable = false)
    public OffsetDateTime updatedAt;
}
