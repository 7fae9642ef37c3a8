package org.isnad.gateway.web;

import io.quarkus.qute.TemplateData;

/** Previous/next links of a paged list ({@code base} ends with {@code ?} or {@code &}). */
@TemplateData
public record Pager(int number, String previous, String next) {

    public static Pager of(int page, int size, long total, String base) {
        return new Pager(page + 1, page > 0 ? base + "page=" + (page - 1) : null,
                (long) (page + 1) * size < total ? base + "page=" + (page + 1) : null);
    }
}
