package org.eventtimeline.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

class WorkerProfileTests {

    @Test
    void aWorkerNeverRunsTheSchemaScriptsThatTheManagerRuns() throws IOException {
        // given the properties of the default run and of worker mode
        Properties defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        Properties worker = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-worker.properties"));

        // when / then: the manager (default properties) creates the schema; a worker, started at any time, never
        // queues DDL behind the manager's open report transactions
        assertThat(defaults.getProperty("spring.batch.jdbc.initialize-schema")).isEqualTo("always");
        assertThat(defaults.getProperty("spring.sql.init.mode")).isEqualTo("always");
        assertThat(worker.getProperty("spring.batch.jdbc.initialize-schema")).isEqualTo("never");
        assertThat(worker.getProperty("spring.sql.init.mode")).isEqualTo("never");
    }
}
