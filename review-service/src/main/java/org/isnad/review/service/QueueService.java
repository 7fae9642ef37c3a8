package org.isnad.review.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.isnad.review.repository.QueueRepository;
import org.isnad.review.rest.QueueView;

import java.util.List;
import java.util.Map;

@ApplicationScoped
public class QueueService {

    private final QueueRepository queues;

    public QueueService(QueueRepository queues) {
        this.queues = queues;
    }

    /** Every queue in display order with its depth; {@code english} picks the English title as {@code title}. */
    public List<QueueView> list(boolean english) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Map<String, Long> depths = queues.depths();
            return queues.listInOrder().stream()
                    .map(q -> new QueueView(q.name, english ? q.titleEn : q.titleAr, q.titleAr, q.titleEn,
                            depths.getOrDefault(q.name, 0L)))
                    .toList();
        });
    }
}
