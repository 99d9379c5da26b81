package org.eventtimeline.remote;

import java.nio.file.Path;

import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/**
 * An ActiveMQ Artemis broker in this JVM that accepts TCP (Netty) connections on a port, for {@code --mode=broker}
 * and the tests. Messages are persisted in {@code dataDir} so that a broker restart keeps unconsumed partitions.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private final EmbeddedActiveMQ server = new EmbeddedActiveMQ();

    private EmbeddedBroker() {
    }

    /** Starts a broker listening on {@code host:port}, its journal under {@code dataDir}. */
    public static EmbeddedBroker start(String host, int port, Path dataDir) throws Exception {
        Configuration configuration = new ConfigurationImpl()
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .setPersistenceEnabled(true)
                .setJournalDirectory(dataDir.resolve("journal").toString())
                .setBindingsDirectory(dataDir.resolve("bindings").toString())
                .setLargeMessagesDirectory(dataDir.resolve("large-messages").toString())
                .setPagingDirectory(dataDir.resolve("paging").toString())
                .addAcceptorConfiguration("tcp", "tcp://" + host + ":" + port);
        EmbeddedBroker broker = new EmbeddedBroker();
        broker.server.setConfiguration(configuration);
        broker.server.start();
        return broker;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
