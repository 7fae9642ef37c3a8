package org.isnad.extraction.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ExtractionRepository implements PanacheRepositoryBase<ExtractionRecord, ExtractionRecord.Key> {
}
