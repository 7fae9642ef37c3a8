package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.text.NormalizedText;
import org.isnad.extraction.engine.text.TextNormalizer;
import org.isnad.extraction.engine.text.Token;
import org.junit.jupiter.api.Test;

/**
 * The start sets that let {@link RuleEntityFinder} skip a word with one look-up (DATE_TRIGGERS,
 * QUANTITY_TRIGGERS, PERSON_STARTS, ORG_STARTS, LOC_STARTS, firstWordForms, the military-unit heads, the
 * purpose-name heads, the outlet prepositions and platform heads, the time-phrase heads, and {@code CountedDuals.mayStart}) must cover every word a rule can
 * start at. On every token of the gold articles: a word outside the sets makes each rule return 0 and emit
 * nothing, and the clitic-form sets agree with {@code firstWordKnown}. A rule change that starts a mention
 * at a new kind of word fails here until its start set is extended.
 */
class RuleStartSetsTest {

    @Test
    void rulesStartOnlyAtWordsOfTheirStartSets() throws IOException {
        Set<String> starts = new HashSet<>(ArabicDateQuantityRules.DATE_TRIGGERS);
        starts.addAll(ArabicQuantityRules.QUANTITY_TRIGGERS);
        starts.addAll(ArabicPersonRules.PERSON_STARTS);
        starts.addAll(ArabicNameRules.ORG_STARTS);
        starts.addAll(ArabicPlaceRules.LOC_STARTS);
        starts.addAll(MilitaryUnits.UNIT_HEADS);
        starts.addAll(PurposeOrgNames.STARTS);
        starts.addAll(OutletMentions.STARTS);
        starts.addAll(TimePhraseDates.STARTS);
        starts.addAll(SeasonAndAfternoonDates.STARTS);
        int checked = 0;
        for (String text : goldTexts()) {
            NormalizedText nt = TextNormalizer.normalize(text);
            for (List<Token> toks : nt.lineTokens()) {
                String[] f = new String[toks.size()];
                for (int i = 0; i < f.length; i++) {
                    f[i] = toks.get(i).folded();
                }
                for (int i = 0; i < f.length; i++) {
                    assertEquals(ArabicNameRules.firstWordKnown(ArabicNameRules.ORG_FIRST, f[i]),
                            ArabicNameRules.ORG_FIRST_FORMS.contains(f[i]), f[i]);
                    assertEquals(ArabicNameRules.firstWordKnown(ArabicPlaceRules.LOC_FIRST, f[i]),
                            ArabicPlaceRules.LOC_FIRST_FORMS.contains(f[i]), f[i]);
                    if (toks.get(i).kind() == Token.Kind.NUMBER || starts.contains(f[i])) {
                        continue;
                    }
                    List<Entity> out = new ArrayList<>();
                    if (!CountedDuals.mayStart(f[i])) {
                        assertEquals(0, CountedDuals.at(nt, toks, f, i, out), f[i]);
                    }
                    assertEquals(0, ArabicDateQuantityRules.date(nt, toks, f, i, out), f[i]);
                    assertEquals(0, TimePhraseDates.at(nt, toks, f, i, out), f[i]);
                    assertEquals(0, SeasonAndAfternoonDates.at(nt, toks, f, i, out), f[i]);
                    assertEquals(0, ArabicQuantityRules.quantity(nt, toks, f, i, out), f[i]);
                    if (toks.get(i).kind() == Token.Kind.WORD) {
                        assertEquals(0, ArabicPersonRules.person(nt, toks, f, i, out, new HashSet<>()), f[i]);
                        assertEquals(0, ArabicNameRules.org(nt, toks, f, i, out), f[i]);
                        assertEquals(0, ArabicPlaceRules.location(nt, toks, f, i, out), f[i]);
                        assertEquals(0, MilitaryUnits.at(nt, toks, f, i, out), f[i]);
                        assertEquals(0, PurposeOrgNames.at(nt, toks, f, i, out), f[i]);
                        assertEquals(0, OutletMentions.at(nt, toks, f, i, out), f[i]);
                    }
                    assertTrue(out.isEmpty(), f[i]);
                    checked++;
                }
            }
        }
        assertTrue(checked > 10_000, "tokens checked: " + checked);
    }

    private static List<String> goldTexts() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/gold"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
