package org.isnad.e2e;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.isnad.testsupport.Keycloak;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The running platform under test: the gateway ./isnad test started, and its test database. */
final class Platform {

    static final String GATEWAY = System.getProperty("isnad.gateway.url", "http://127.0.0.1:18080");
    static final String DATABASE = "jdbc:postgresql://127.0.0.1:5432/isnad_test";

    private Platform() {
    }

    static RequestSpecification as(String user) {
        return RestAssured.given().baseUri(GATEWAY).header("Authorization", Keycloak.bearer(user));
    }

    static RequestSpecification asPartner() {
        return RestAssured.given().baseUri(GATEWAY).header("Authorization", "Bearer " + Keycloak.partnerToken());
    }

    static RequestSpecification anonymous() {
        return RestAssured.given().baseUri(GATEWAY);
    }

    /** A single number from the test database, e.g. how many articles are stored. */
    static long count(String sql) {
        try (Connection connection = DriverManager.getConnection(DATABASE, "isnad", "isnad");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs rabbitmqctl (the tests run as the same user as ./isnad, root on the dev and CI machines). */
    static void rabbitmqctl(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "rabbitmqctl";
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException("rabbitmqctl " + String.join(" ", args) + " failed: " + output);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
