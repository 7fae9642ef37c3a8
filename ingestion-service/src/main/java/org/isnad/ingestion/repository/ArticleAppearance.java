package org.isnad.ingestion.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A later submission of an already stored text (same story, another URL or outlet). */
@Entity
@Table(name = "article_appearance")
public class ArticleAppearance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public UUID articleId;

    public String url;
    public String outlet;

    @Column(nullable = false)
    public String submittedBy;

    @Column(nullable = false)
    public OffsetDateTime seenAt;
}
