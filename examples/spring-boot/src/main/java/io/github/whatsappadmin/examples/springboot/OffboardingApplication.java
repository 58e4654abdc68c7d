package io.github.whatsappadmin.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Deregisters the phone numbers listed in {@code offboarding.phone-number-ids}, then stops. */
@SpringBootApplication
public class OffboardingApplication {

    public static void main(String[] args) {
        SpringApplication.run(OffboardingApplication.class, args);
    }
}
