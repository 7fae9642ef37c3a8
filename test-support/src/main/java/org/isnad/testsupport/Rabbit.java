package org.isnad.testsupport;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct access to the test virtual host for tests that play a producer or inspect a queue (dead-letter
 * queues in particular): publish raw bytes, count and drain messages.
 */
public final class Rabbit implements AutoCloseable {

    public static final String VIRTUAL_HOST = System.getProperty("isnad.rabbitmq.virtual-host", "isnad_test");
    /** The queues of deploy/rabbitmq/definitions.json; each has a dead-letter queue named {@code <queue>.dlq}. */
    public static final List<String> QUEUES = List.of("extraction.article-ingested", "review.claims-extracted",
            "ingestion.claims-extracted", "ingestion.article-failed", "gateway.webhooks");

    private final Connection connection;
    private final Channel channel;

    private Rabbit(Connection connection, Channel channel) {
        this.connection = connection;
        this.channel = channel;
    }

    public static Rabbit connect() {
        try {
            ConnectionFactory factory = new ConnectionFactory();
            factory.setHost("127.0.0.1");
            factory.setUsername("isnad");
            factory.setPassword("isnad");
            factory.setVirtualHost(VIRTUAL_HOST);
            Connection connection = factory.newConnection("isnad-test");
            Channel channel = connection.createChannel();
            channel.confirmSelect();
            return new Rabbit(connection, channel);
        } catch (Exception e) {
            throw new IllegalStateException("RabbitMQ is not reachable; run the tests through ./isnad test", e);
        }
    }

    /** Publishes to the isnad.events exchange and waits for the broker's confirm. */
    public void publish(String routingKey, String body) {
        try {
            AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                    .contentType("application/cloudevents+json").deliveryMode(2).build();
            channel.basicPublish("isnad.events", routingKey, properties, body.getBytes(StandardCharsets.UTF_8));
            channel.waitForConfirmsOrDie(5000);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String queue) {
        try {
            return channel.messageCount(queue);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes every message off a queue (acknowledging them) and returns their bodies. */
    public List<String> drain(String queue) {
        List<String> bodies = new ArrayList<>();
        try {
            GetResponse response;
            while ((response = channel.basicGet(queue, true)) != null) {
                bodies.add(new String(response.getBody(), StandardCharsets.UTF_8));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return bodies;
    }

    /** Purges every queue and dead-letter queue of the test vhost. */
    public void purgeAll() {
        try {
            for (String queue : QUEUES) {
                channel.queuePurge(queue);
                channel.queuePurge(queue + ".dlq");
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (Exception ignored) {
            // test teardown
        }
    }
}
