package org.isnad.gateway.web;

import io.quarkus.qute.TemplateGlobal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Paths of the script libraries the pages load, served by the gateway from their webjars (no CDN). The
 * version is read from each webjar's own Maven metadata, so upgrading is a one-line change in the POM.
 */
@TemplateGlobal
public class Assets {

    static String htmx = "/webjars/htmx.org/" + version("htmx.org") + "/dist/htmx.min.js";
    static String chartjs = "/webjars/chart.js/" + version("chart.js") + "/dist/chart.umd.js";

    private static String version(String artifact) {
        String resource = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("webjar " + artifact + " is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
