package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.TestSupport.claimContaining;
import static org.isnad.extraction.engine.TestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.extraction.engine.Claim;
import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.SourceType;
import org.junit.jupiter.api.Test;

class EnglishAttributionTest {
    private static final String H = "Ceasefire talks resume\n";

    @Test
    void languageIsEnglish() {
        assertEquals("en", run(H + "The army said the talks would resume next week in the capital.").language());
    }

    @Test
    void subjectSaidThat() {
        ExtractionResult r = run(H + "Foreign Minister Jane Okafor said on Sunday that the talks would resume next week.");
        Claim c = claimContaining(r, "talks would resume");
        assertEquals(SourceType.NAMED_PERSON, c.attribution().sourceType());
        assertEquals("Jane Okafor", c.attribution().source());
        assertTrue(c.text().startsWith("the talks"), c.text());
    }

    @Test
    void contentThenSaidX() {
        ExtractionResult r = run(H + "\"We will not accept any deal that rewards the attackers,\" said Tom Brady, a senior adviser.");
        Claim c = claimContaining(r, "We will not accept");
        assertEquals("Tom Brady", c.attribution().source());
        assertEquals(SourceType.NAMED_PERSON, c.attribution().sourceType());
    }

    @Test
    void contentCommaXSaid() {
        ExtractionResult r = run(H + "Exports fell 12% in the first quarter, the Trade Ministry said in a statement.");
        Claim c = claimContaining(r, "Exports fell");
        assertEquals(SourceType.OFFICIAL, c.attribution().sourceType());
        assertTrue(c.attribution().source().contains("Trade Ministry"));
    }

    @Test
    void accordingToOutlet() {
        ExtractionResult r = run(H + "The company laid off 400 workers last month, according to Reuters.");
        Claim c = claimContaining(r, "laid off 400");
        assertEquals(SourceType.OUTLET, c.attribution().sourceType());
    }

    @Test
    void anonymousSourcesToldOutlet() {
        ExtractionResult r = run(H + "Two sources familiar with the matter told Reuters that the deal was signed on Friday.");
        Claim c = claimContaining(r, "deal was signed");
        assertEquals(SourceType.ANONYMOUS, c.attribution().sourceType());
        assertEquals("Reuters", c.attribution().outlet());
    }

    @Test
    void officialsSaidAndPronounContinuation() {
        ExtractionResult r = run(H + "U.S. officials said the militia had fired 20 rockets at the base.\n"
                + "A senior commander, Ali Hassan Mahdi, denied that his fighters were involved. "
                + "He said the rockets came from another group.");
        assertEquals(SourceType.OFFICIAL, claimContaining(r, "fired 20 rockets").attribution().sourceType());
        Claim d = claimContaining(r, "his fighters were involved");
        assertEquals("Ali Hassan Mahdi", d.attribution().source());
        assertEquals("denied", d.attribution().cue());
        assertEquals("Ali Hassan Mahdi", claimContaining(r, "came from another group").attribution().source());
    }

    @Test
    void anonymousOfficialOfANamedMinistryAndNewsAgency() {
        ExtractionResult r = run(H + "An official at the Ministry of Internal Trade, speaking on condition of anonymity, "
                + "said bread rations would be cut by 20% next month.\n"
                + "The parliament was dissolved on Friday, state news agency KUNA reported.");
        Claim a = claimContaining(r, "bread rations");
        assertEquals(SourceType.ANONYMOUS, a.attribution().sourceType());
        assertEquals(SourceType.OUTLET, claimContaining(r, "parliament was dissolved").attribution().sourceType());
    }
}
