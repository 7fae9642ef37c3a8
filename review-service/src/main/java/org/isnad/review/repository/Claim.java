package org.isnad.review.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A check-worthy statement under review. Claims are inserted by {@link ClaimRepository#insertIfAbsent} (never
 * persisted through JPA) so their extraction-given ids make redelivery harmless.
 *
 * <p>What the extractor said never changes once stored: those columns are not updatable and the JSON ones are
 * {@link Immutability immutable} to Hibernate. Leases, reviews and verdicts rewrite a claim row many times a
 * minute; without this each load deep-copied three JSON documents (a Jackson write and read apiece) for dirty
 * checking and each flush wrote every column back.
 */
@Entity
@Table(name = "claim")
public class Claim {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public UUID articleId;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    public String text;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    public String textNormalized;

    @Column(updatable = false)
    public int startOffset;
    @Column(updatable = false)
    public int endOffset;
    @Column(updatable = false)
    public double checkworthiness;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    @Mutability(Immutability.class)
    public Map<String, Double> checkworthinessFeatures;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public SourceType sourceType;

    @Column(updatable = false)
    public String source;
    @Column(updatable = false)
    public String outlet;
    @Column(updatable = false)
    public String cue;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    @Mutability(Immutability.class)
    public List<StoredQuantity> quantities;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    @Mutability(Immutability.class)
    public List<StoredEntity> entities;

    @Column(nullable = false, updatable = false)
    public String extractorVersion;

    @Column(updatable = false)
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

    @Column(nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(nullable = false)
    public OffsetDateTime updatedAt;
}
