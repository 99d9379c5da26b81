package org.eventtimeline.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** How --mode on the command line picks what the process runs. */
class LaunchModeTests {

    @Test
    void noModeIsALocalRun() {
        // given / when / then
        assertThat(LaunchMode.of(new String[] {"--input=news.txt"})).isEqualTo(LaunchMode.LOCAL);
    }

    @Test
    void modesAreReadFromEitherSpellingAndTheLastOneWins() {
        // given both spellings, then a later one
        String[] args = {"--mode=worker", "--event-timeline.mode=db-server"};

        // when / then
        assertThat(LaunchMode.of(args)).isEqualTo(LaunchMode.DB_SERVER);
        assertThat(LaunchMode.of(new String[] {"--mode=Manager"})).isEqualTo(LaunchMode.MANAGER);
    }

    @Test
    void workersAndServicesKeepRunningWhileManagerAndLocalRunsExitWithTheJob() {
        // then
        assertThat(LaunchMode.WORKER.isService()).isTrue();
        assertThat(LaunchMode.BROKER.isService()).isTrue();
        assertThat(LaunchMode.MANAGER.isService()).isFalse();
        assertThat(LaunchMode.LOCAL.isService()).isFalse();
        assertThat(LaunchMode.DB_SERVER.propertyValue()).isEqualTo("db-server");
    }

    @Test
    void anUnknownModeIsRefusedNamingTheChoices() {
        // when / then
        assertThatThrownBy(() -> LaunchMode.of(new String[] {"--mode=cluster"}))
                .hasMessage("--mode must be one of local, manager, worker, broker, db-server, not 'cluster'");
    }
}
