package org.isnad.review.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class RubricRepository implements PanacheRepositoryBase<Rubric, Integer> {

    public Optional<Rubric> active() {
        return find("active", true).firstResultOptional();
    }

    /** Serialises rubric changes: held until the changing transaction ends. */
    public void lockForChange() {
        getEntityManager().createNativeQuery("lock table rubric in share row exclusive mode").executeUpdate();
    }

    public int maxVersion() {
        Number max = (Number) getEntityManager().createNativeQuery("select coalesce(max(version), 0) from rubric")
                .getSingleResult();
        return max.intValue();
    }

    public void deactivateAll() {
        update("active = false where active = true");
    }
}
