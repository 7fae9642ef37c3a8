package org.isnad.review.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Published verdicts, by claim id. */
@ApplicationScoped
public class VerdictRepository implements PanacheRepositoryBase<PublishedVerdict, UUID> {
}
