package org.isnad.review.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named slice of the claims reviewers pull work from; every non-null filter must match. */
@Entity
@Table(name = "queue")
public class ReviewQueue {

    @Id
    public String name;

    public String titleAr;
    public String titleEn;
    public int position;

    public String language;
    public String outlet;
    public String entity;

    @Enumerated(EnumType.STRING)
    public SourceType sourceType;

    public Double minCheckworthiness;

    /** Null: the service default. */
    public Integer reviewsRequired;
}
