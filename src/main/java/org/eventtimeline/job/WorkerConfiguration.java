package org.eventtimeline.job;

import java.util.List;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.eventtimeline.remote.PartitionRequestHandler;
import org.eventtimeline.remote.StepsByName;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;

/**
 * Wires {@code --mode=worker}: takes partition requests from the broker's queue one at a time, in a JMS transaction
 * that commits only once the partition's step has run, so a worker killed mid-partition gives its request back to
 * the queue for another (or restarted) worker, which resumes it from its last committed chunk.
 */
@Configuration
@EnableIntegration
@ConditionalOnProperty(name = "event-timeline.mode", havingValue = "worker")
class WorkerConfiguration {

    @Bean
    PartitionRequestHandler partitionRequestHandler(JobRepository jobRepository, List<Step> steps) {
        StepExecutionRequestHandler runner = new StepExecutionRequestHandler();
        runner.setJobRepository(jobRepository);
        runner.setStepLocator(new StepsByName(steps));
        return new PartitionRequestHandler(jobRepository, runner);
    }

    /**
     * The worker's own connection factory: it takes no message ahead (consumer window 0), so a request waits in the
     * queue for whichever worker is free instead of in a busy worker's buffer.
     */
    @Bean
    IntegrationFlow partitionRequestsFromBroker(PartitionRequestHandler partitionRequestHandler,
                                                @Value("${spring.artemis.broker-url}") String brokerUrl,
                                                @Value("${spring.artemis.user:#{null}}") String user,
                                                @Value("${spring.artemis.password:#{null}}") String password,
                                                @Value("${event-timeline.remote.queue}") String queue) {
        ActiveMQConnectionFactory connectionFactory = new ActiveMQConnectionFactory(brokerUrl, user, password);
        connectionFactory.setConsumerWindowSize(0);
        return IntegrationFlow.from(Jms.messageDrivenChannelAdapter(Jms.container(connectionFactory, queue)
                        .sessionTransacted(true)
                        .concurrentConsumers(1)
                        .maxConcurrentConsumers(1)))
                .handle(partitionRequestHandler, "handle")
                .nullChannel();
    }
}
