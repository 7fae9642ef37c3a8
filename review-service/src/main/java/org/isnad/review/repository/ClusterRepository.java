package org.isnad.review.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Claim clusters in SQL: the blocking query that finds a new claim's candidates, cluster assignment and the
 * members of a cluster. Stems are bound as one space-separated string and split in SQL (stems contain no
 * spaces), which keeps array parameters out of Hibernate's type inference.
 */
@ApplicationScoped
public class ClusterRepository {

    /** An earlier claim to compare a new one with, and its cluster if it has one. */
    public record Candidate(UUID id, String text, UUID clusterId) {
    }

    /** A claim of a cluster as lists show it: its article's outlet and publication date, its status now. */
    public record Member(UUID id, String text, String outlet, OffsetDateTime publishedAt, String status) {
    }

    private final EntityManager em;

    public ClusterRepository(EntityManager em) {
        this.em = em;
    }

    public void storeStems(UUID claimId, Collection<String> stems) {
        em.createNativeQuery("update claim set match_stems = string_to_array(:stems, ' ') where id = :id")
                .setParameter("stems", String.join(" ", stems))
                .setParameter("id", claimId)
                .executeUpdate();
    }

    /** Newest claims sharing a stem whose overlap is counted; bounds the work when a stem is common. */
    private static final int RECENT_SHARERS = 100;

    /**
     * Claims created since {@code since} sharing at least one stem, the {@code limit} sharing most, newest first
     * among equals, out of the {@link #RECENT_SHARERS} newest sharers. PostgreSQL walks claim_created_idx newest
     * first when stems are common and uses the GIN index on match_stems when they are rare.
     */
    @SuppressWarnings("unchecked")
    public List<Candidate> candidates(UUID claimId, Collection<String> stems, OffsetDateTime since, int limit) {
        if (stems.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                        select id, text, cluster_id from (
                            select c.id, c.text, c.cluster_id, c.created_at, c.match_stems from claim c
                            where c.match_stems && string_to_array(:stems, ' ') and c.id <> :id
                              and c.created_at >= :since
                            order by c.created_at desc limit :recent) recent
                        order by cardinality(array(select unnest(match_stems)
                                                   intersect select unnest(string_to_array(:stems, ' ')))) desc,
                                 created_at desc, id
                        limit :limit
                        """)
                .setParameter("stems", String.join(" ", stems))
                .setParameter("id", claimId)
                .setParameter("since", since)
                .setParameter("limit", limit)
                .setParameter("recent", RECENT_SHARERS)
                .getResultList();
        return rows.stream().map(r -> new Candidate((UUID) r[0], (String) r[1], (UUID) r[2])).toList();
    }

    /** The claim's cluster, its row locked so two new claims joining it at once agree on one cluster. */
    public Optional<UUID> lockClusterOf(UUID claimId) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select cluster_id from claim where id = :id for update")
                .setParameter("id", claimId)
                .getResultList();
        return ids.stream().filter(java.util.Objects::nonNull).findFirst();
    }

    public UUID create(OffsetDateTime now) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into claim_cluster (id, created_at) values (:id, :now)")
                .setParameter("id", id)
                .setParameter("now", now)
                .executeUpdate();
        return id;
    }

    public void assign(Collection<UUID> claimIds, UUID clusterId) {
        em.createNativeQuery("update claim set cluster_id = :cluster where id in (:ids)")
                .setParameter("cluster", clusterId)
                .setParameter("ids", claimIds)
                .executeUpdate();
    }

    /**
     * Writes the cluster's member count on every member (the queue order reads it, V9); rows already right are
     * left alone. Members are locked in id order, the order cluster-wide verdicts lock them in, so the two cannot
     * deadlock. Meant to run after the joining claim's transaction committed: the count then sees every member
     * committed before it, so the last refresh of a cluster always leaves the right size, however joins interleave.
     */
    public int refreshSize(UUID clusterId) {
        return em.createNativeQuery("""
                        update claim c set cluster_size = m.n
                        from (select count(*)::int as n from claim where cluster_id = :cluster) m
                        where c.id in (select id from claim where cluster_id = :cluster order by id for update)
                          and c.cluster_size <> m.n
                        """)
                .setParameter("cluster", clusterId)
                .executeUpdate();
    }

    /**
     * Up to {@code limit} claims whose matcher stems were never computed (stored before V7), oldest first, locked
     * and skipping claims another transaction holds: two service instances share the backlog instead of both
     * doing it, and a claim being leased is simply left for the next round.
     */
    @SuppressWarnings("unchecked")
    public List<Candidate> lockWithoutStems(int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        select id, text, cluster_id from claim where match_stems is null
                        order by created_at, id limit :limit for update skip locked
                        """)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(r -> new Candidate((UUID) r[0], (String) r[1], (UUID) r[2])).toList();
    }

    public boolean exists(UUID clusterId, boolean lock) {
        return !em.createNativeQuery("select 1 from claim_cluster where id = :id" + (lock ? " for update" : ""))
                .setParameter("id", clusterId)
                .getResultList().isEmpty();
    }

    public long size(UUID clusterId) {
        return ((Number) em.createNativeQuery("select count(*) from claim where cluster_id = :id")
                .setParameter("id", clusterId)
                .getSingleResult()).longValue();
    }

    /** Up to {@code limit} members, oldest first, leaving out {@code except} (may be null). */
    @SuppressWarnings("unchecked")
    public List<Member> members(UUID clusterId, UUID except, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        select c.id, c.text, a.outlet, a.published_at, c.status
                        from claim c join article a on a.id = c.article_id
                        where c.cluster_id = :cluster and c.id <> :except
                        order by c.created_at, c.id limit :limit
                        """)
                .setParameter("cluster", clusterId)
                .setParameter("except", except == null ? new UUID(0, 0) : except)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(r -> new Member((UUID) r[0], (String) r[1], (String) r[2], time(r[3]),
                (String) r[4])).toList();
    }

    /** Every member's id, in id order: the order cluster-wide changes lock claims in. */
    @SuppressWarnings("unchecked")
    public List<UUID> memberIds(UUID clusterId) {
        return em.createNativeQuery("select id from claim where cluster_id = :cluster order by id")
                .setParameter("cluster", clusterId)
                .getResultList();
    }

    private static OffsetDateTime time(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
