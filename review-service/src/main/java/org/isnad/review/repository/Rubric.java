package org.isnad.review.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.Map;

/** One version of the review rubric; never changed once written except for the active flag. */
@Entity
@Table(name = "rubric")
public class Rubric {

    @Id
    public int version;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> definition;

    @Column(nullable = false)
    public String createdBy;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    public boolean active;
}
