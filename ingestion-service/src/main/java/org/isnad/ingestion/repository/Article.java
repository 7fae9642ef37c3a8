package org.isnad.ingestion.repository;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "article")
public class Article {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    /** Cleaned text: paragraphs separated by a blank line. Extraction offsets refer to it. */
    @Column(nullable = false, columnDefinition = "text")
    public String body;

    public String url;
    public String outlet;
    public String language;
    public OffsetDateTime publishedAt;

    @Column(nullable = false, unique = true, length = 64)
    public String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ArticleStatus status;

    public String failureReason;

    @Column(nullable = false)
    public String submittedBy;

    @Column(nullable = false)
    public OffsetDateTime receivedAt;

    public OffsetDateTime extractedAt;
    public String extractorVersion;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "article_claim", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "claim_id", nullable = false)
    public List<UUID> claimIds = new ArrayList<>();
}
