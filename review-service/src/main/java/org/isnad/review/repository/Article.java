package org.isnad.review.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The article a claim came from, as claims.extracted carried it. Claim offsets are indices into {@code text}. */
@Entity
@Table(name = "article")
public class Article {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    public String url;
    public String outlet;
    public String language;
    public OffsetDateTime publishedAt;

    @Column(nullable = false)
    public OffsetDateTime receivedAt;

    @Column(nullable = false)
    public OffsetDateTime updatedAt;
}
