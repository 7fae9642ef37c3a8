package org.isnad.extraction.engine.ner;

import java.util.Random;

/** The sentence order of one training epoch, shared by both learners so their seeds mean the same thing. */
final class Shuffle {

    private Shuffle() {
    }

    /** 0, 1, …, n-1. */
    static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    /** Fisher–Yates in place; consumes exactly one {@code nextInt} per position, so runs stay reproducible. */
    static void inPlace(int[] order, Random rnd) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
