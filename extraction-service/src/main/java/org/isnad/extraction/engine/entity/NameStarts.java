package org.isnad.extraction.engine.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The first words of listed names by the names' word count, with the clitic-prefixed forms under which a rule
 * looks a phrase up: a pre-check before the rule joins {@code words} tokens into a phrase and probes the lists.
 * The known-name loops of {@link ArabicNameRules#org} and {@link ArabicPlaceRules#location} join and look up a
 * phrase of every length from four tokens down at each candidate token, nearly always in vain. Exact: a phrase of
 * {@code words} tokens has {@code words - 1} spaces and starts with its first token, so it can equal a listed
 * name (bare or with the stripped prefix) only if that token is here under that count. Immutable once built.
 */
final class NameStarts {
    private final List<Set<String>> byWordCount = new ArrayList<>();

    /**
     * @param prefixes the clitics the rule strips from the first token before a look-up (each form p + first word)
     * @param lamLam   whether the rule also reads a first token "لل…" as "ال…" (form "لل" + the rest of "ال…")
     */
    @SafeVarargs
    NameStarts(String[] prefixes, boolean lamLam, Set<String>... nameLists) {
        for (Set<String> names : nameLists) {
            for (String name : names) {
                int words = 1;
                for (int k = 0; k < name.length(); k++) {
                    if (name.charAt(k) == ' ') {
                        words++;
                    }
                }
                while (byWordCount.size() <= words) {
                    byWordCount.add(new HashSet<>());
                }
                Set<String> forms = byWordCount.get(words);
                int sp = name.indexOf(' ');
                String first = sp < 0 ? name : name.substring(0, sp);
                forms.add(first);
                for (String p : prefixes) {
                    forms.add(p + first);
                }
                if (lamLam && first.startsWith("ال")) {
                    forms.add("لل" + first.substring(2));
                }
            }
        }
    }

    /** False only if no phrase of {@code words} tokens opening with {@code firstToken} can match a listed name. */
    boolean mayStart(int words, String firstToken) {
        return words < byWordCount.size() && byWordCount.get(words).contains(firstToken);
    }
}
