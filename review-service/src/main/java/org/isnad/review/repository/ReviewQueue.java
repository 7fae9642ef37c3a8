package org.isnad.review.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/** A named slice of the claims reviewers pull work from; every non-null filter must match. */
@Entity
@Table(name = "queue")
public class ReviewQueue {

    /** The catch-all queue: every claim is in it, so it may not be deleted. */
    public static final String ALL = "all";

    @Id
    public String name;

    public String titleAr;
    public String titleEn;
    public String descriptionAr;
    public String descriptionEn;
    public int position;

    public String language;
    public String outlet;
    public String entity;

    /** {@link SourceType} names, any of which matches; null: every source type. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] sourceTypes;

    public Double minCheckworthiness;

    /** Null: the service default. */
    public Integer reviewsRequired;

    @Column(insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    public OffsetDateTime updatedAt;
}
