package org.isnad.review.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A reviewer's exclusive hold on a claim until {@code expiresAt}; open while {@code releasedAt} is null. */
@Entity
@Table(name = "lease")
public class Lease {

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID claimId;

    @Column(nullable = false)
    public String queue;

    @Column(nullable = false)
    public String reviewer;

    @Column(nullable = false)
    public OffsetDateTime leasedAt;

    @Column(nullable = false)
    public OffsetDateTime expiresAt;

    public OffsetDateTime releasedAt;

    @Enumerated(EnumType.STRING)
    public LeaseReleaseReason releaseReason;
}
