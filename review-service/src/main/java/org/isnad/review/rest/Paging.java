package org.isnad.review.rest;

import org.isnad.common.problem.ProblemException;

/**
 * {@code page} and {@code size} query parameters, read as text: a typed int parameter that does not parse is a
 * 404 in JAX-RS, and a malformed page number is a bad request (400), not a missing resource.
 */
record Paging(int page, int size) {

    static Paging of(String page, String size, int defaultSize, int maxSize) {
        int p = number("page", page, 0, 0, 100_000);
        int s = number("size", size, defaultSize, 1, maxSize);
        return new Paging(p, s);
    }

    private static int number(String name, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        throw ProblemException.badRequest(name + " must be a whole number from " + min + " to " + max);
    }
}
