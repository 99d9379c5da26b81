package org.eventtimeline.job;

import java.time.Duration;

import jakarta.jms.ConnectionFactory;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;

/**
 * Wires {@code --mode=manager}: the extract step splits the input into partitions, sends one request per partition
 * to the broker's queue and polls the shared job repository until every partition's step execution has ended.
 */
@Configuration
@EnableBatchIntegration
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

    @Bean
    Step extractStep(RemotePartitioningManagerStepBuilderFactory managerSteps, Partitioner inputPartitioner,
                     @Value("${event-timeline.remote.poll-interval:1s}") Duration pollInterval,
                     @Value("${event-timeline.remote.partition-timeout:12h}") Duration timeout) {
        return managerSteps.get("extract")
                .partitioner("extractPartition", inputPartitioner)
                .outputChannel(partitionRequests())
                .pollInterval(pollInterval.toMillis())
                .timeout(timeout.toMillis())
                .build();
    }
}
