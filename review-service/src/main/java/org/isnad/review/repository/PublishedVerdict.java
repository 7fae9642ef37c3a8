package org.isnad.review.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The desk's verdict on a claim, as an editor published it (one per claim; publishing again replaces it,
 * {@code firstPublishedAt} stays).
 */
@Entity
@Table(name = "verdict")
public class PublishedVerdict {

    @Id
    public UUID claimId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Verdict verdict;

    /** Arabic, required. */
    @Column(nullable = false, columnDefinition = "text")
    public String explanation;

    @Column(columnDefinition = "text")
    public String explanationEn;

    @Column(nullable = false)
    public String editor;

    /** The latest publication. */
    @Column(nullable = false)
    public OffsetDateTime publishedAt;

    @Column(nullable = false)
    public OffsetDateTime firstPublishedAt;
}
