package org.isnad.review.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One reviewer's rating of one claim (unique per claim and reviewer). Written once, never edited: immutable to
 * Hibernate, so loading reviews (every claim view) takes no dirty-checking snapshot of their JSON.
 */
@Entity
@Immutable
@Table(name = "review")
public class Review {

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID claimId;

    @Column(nullable = false)
    public UUID leaseId;

    @Column(nullable = false)
    public String reviewer;

    /** Rubric: how well the claim is sourced, 1–5. */
    public int sourcing;

    /** Rubric: how well the available evidence supports it, 1–5. */
    public int evidence;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> signals;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Verdict verdict;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> evidenceLinks;

    @Column(columnDefinition = "text")
    public String notes;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    /** The rubric version the review was validated against; null for reviews from before rubric versions. */
    public Integer rubricVersion;
}
