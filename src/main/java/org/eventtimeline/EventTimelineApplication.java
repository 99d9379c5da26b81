package org.eventtimeline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EventTimelineApplication {
    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(EventTimelineApplication.class, args)));
    }
}
