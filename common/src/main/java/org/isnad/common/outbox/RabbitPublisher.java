package org.isnad.common.outbox;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.isnad.events.CloudEvent;
import org.isnad.events.EventType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * Publishes outbox rows with publisher confirms on a connection this class owns. The relay needs to know, per
 * batch, whether the broker has taken the messages: a confirm means the row may be marked sent; any failure
 * closes the connection and leaves the rows for the next attempt (so a broker outage loses nothing and a
 * restart just reconnects). Used by the relay's single thread.
 */
@ApplicationScoped
public class RabbitPublisher {

    private final RabbitConfig config;
    private Connection connection;
    private Channel channel;

    public RabbitPublisher(RabbitConfig config) {
        this.config = config;
    }

    /** Publishes every message and waits for the broker to confirm all of them. */
    public synchronized void publish(List<OutboxMessage> messages) throws IOException, InterruptedException,
            TimeoutException {
        try {
            Channel ch = channel();
            for (OutboxMessage message : messages) {
                AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                        .contentType(CloudEvent.CONTENT_TYPE)
                        .contentEncoding("utf-8")
                        .messageId(message.eventId.toString())
                        .type(message.eventType)
                        .deliveryMode(2)
                        .build();
                ch.basicPublish(EventType.EXCHANGE, message.routingKey, properties,
                        message.payload.getBytes(StandardCharsets.UTF_8));
            }
            ch.waitForConfirmsOrDie(config.confirmTimeout().toMillis());
        } catch (IOException | TimeoutException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** True when a connection is open or can be opened now; used by the readiness check. */
    public synchronized boolean reachable() {
        try {
            channel();
            return true;
        } catch (IOException | TimeoutException e) {
            close();
            return false;
        }
    }

    private Channel channel() throws IOException, TimeoutException {
        if (channel != null && channel.isOpen()) {
            return channel;
        }
        close();
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(config.host());
        factory.setPort(config.port());
        factory.setUsername(config.username());
        factory.setPassword(config.password());
        factory.setVirtualHost(config.virtualHost());
        factory.setConnectionTimeout((int) config.connectTimeout().toMillis());
        // the relay retries on its own schedule; library-level recovery would replay publishes behind our back
        factory.setAutomaticRecoveryEnabled(false);
        connection = factory.newConnection("isnad-outbox-relay");
        channel = connection.createChannel();
        channel.confirmSelect();
        return channel;
    }

    @PreDestroy
    synchronized void close() {
        try {
            if (connection != null && connection.isOpen()) {
                connection.close(1000);
            }
        } catch (IOException | RuntimeException ignored) {
            // closing a broken connection: nothing left to do
        } finally {
            connection = null;
            channel = null;
        }
    }
}
