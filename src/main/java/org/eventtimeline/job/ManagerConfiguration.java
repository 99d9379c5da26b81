package org.eventtimeline.job;

import java.time.Duration;

import jakarta.jms.ConnectionFactory;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;

/**
 * Wires {@code --mode=manager}: the extract step's partitions (the same as a local run's) go to the broker's queue,
 * one request each, and the manager polls the shared job repository until every partition's step execution ended.
 */
@Configuration
@EnableIntegration
@ConditionalOnProperty(name = "event-timeline.mode", havingValue = "manager")
class ManagerConfiguration {

    @Bean
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    IntegrationFlow partitionRequestsToBroker(ConnectionFactory connectionFactory,
                                              @Value("${event-timeline.remote.queue}") String queue) {
        return IntegrationFlow.from(partitionRequests())
                .handle(Jms.outboundAdapter(connectionFactory).destination(queue))
                .get();
    }

    /** Replaces the local thread pool's partition handler of ExtractStepConfiguration. */
    @Bean
    PartitionHandler extractPartitionHandler(JobRepository jobRepository,
            @Value("${event-timeline.remote.poll-interval:1s}") Duration pollInterval,
            @Value("${event-timeline.remote.partition-timeout:12h}") Duration timeout) {
        MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
        handler.setStepName(ExtractStepConfiguration.WORKER_STEP);
        handler.setMessagingOperations(new MessagingTemplate(partitionRequests()));
        handler.setJobRepository(jobRepository);
        handler.setPollInterval(pollInterval.toMillis());
        handler.setTimeout(timeout.toMillis());
        return handler;
    }
}
