package org.isnad.extraction.engine.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.isnad.extraction.engine.Entity;

/** List steps shared by the entity reviews that run over the merged mentions. */
final class EntityLists {
    private EntityLists() {
    }

    /**
     * {@code in} without the mentions {@code drop} accepts, in order; {@code in} itself when none is dropped (most
     * articles), so a review that finds nothing allocates nothing.
     */
    static List<Entity> without(List<Entity> in, Predicate<Entity> drop) {
        List<Entity> out = null;
        for (int k = 0; k < in.size(); k++) {
            Entity e = in.get(k);
            boolean dropped = drop.test(e);
            if (dropped && out == null) {
                out = new ArrayList<>(in.subList(0, k));
            } else if (!dropped && out != null) {
                out.add(e);
            }
        }
        return out == null ? in : out;
    }
}
