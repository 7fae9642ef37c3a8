package org.isnad.extraction.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bad and hostile inputs: the engine returns a sane result, in bounded time, and never throws. */
class AdversarialTest {
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final int MB = 1 << 20;

    private static ExtractionResult timed(String text) {
        return assertTimeoutPreemptively(LIMIT, () -> TestSupport.run(text));
    }

    private static String repeat(String unit, int chars) {
        StringBuilder b = new StringBuilder(chars + unit.length());
        while (b.length() < chars) {
            b.append(unit);
        }
        return b.toString();
    }

    @Test
    void emptyNullAndWhitespace() {
        for (String s : new String[]{"", " ", "\n\n\t  \u00A0\u200F"}) {
            ExtractionResult r = TestSupport.run(s);
            assertTrue(r.claims().isEmpty() && r.entities().isEmpty() && r.boilerplate().isEmpty());
        }
        ExtractionResult r = TestSupport.ENGINE.extract(new ExtractionRequest(null, null, null, null));
        assertTrue(r.claims().isEmpty());
        assertTrue(TestSupport.ENGINE.extract(null).claims().isEmpty());
    }

    @Test
    void binaryGarbageMegabyte() {
        byte[] bytes = new byte[MB];
        new Random(42).nextBytes(bytes);
        ExtractionResult r = timed(new String(bytes, StandardCharsets.ISO_8859_1));
        assertTrue(r.claims().size() < 10_000);
        ExtractionResult r2 = timed(new String(bytes, StandardCharsets.UTF_8));
        assertEquals("und", r2.language());
    }

    @Test
    void randomUnicodeFromAHostileAlphabetNeverThrows() {
        String alphabet = "قال إن أن بحسب وفق مصدر مصادر الخبير، ،.:“”\"«»()-—ـ\u200F\u00A0ًٌٍَُِّْ٠١٢ 0123 \n"
                + "said told according to X Y \uFEFB\uD83D\uDE00 / | © تابعونا شاهد أيضاً";
        Random rnd = new Random(7);
        for (int i = 0; i < 400; i++) {
            int len = rnd.nextInt(400);
            StringBuilder b = new StringBuilder(len);
            for (int k = 0; k < len; k++) {
                b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertTimeoutPreemptively(Duration.ofSeconds(2), () -> TestSupport.run(s));
        }
    }

    @Test
    void singleFiveThousandWordSentence() {
        String words = repeat("وقال المصدر إن القوات تقدمت نحو القرية، وأضاف أن الاشتباكات مستمرة، مشيراً إلى أن ", 40_000);
        String s = words.substring(0, 40_000);
        ExtractionResult r = timed(s);
        assertTrue(r.claims().size() > 10);
    }

    @Test
    void megabyteArabicSentenceWithoutPunctuation() {
        timed(repeat("المقاومة الشعبية على ضفاف الفرات تدب الرعب في قلب القواعد ", MB));
    }

    @Test
    void megabyteOfCuesQuotesAndCommas() {
        timed(repeat("قال قال إن “ ” ، ، بحسب وفق لـ “", MB));
        timed(repeat("“", MB));
        timed(repeat("، و", MB / 2));
        timed(repeat("-", MB));
        timed(repeat(":", MB));
        timed(repeat("أكثر من 15 ", MB / 2));
    }

    @Test
    void megabyteOfBoilerplateAndRepeats() {
        ExtractionResult r = timed(repeat("تابعونا على فيسبوك\nDiscussion about this post\n", MB));
        assertTrue(r.claims().isEmpty());
        ExtractionResult r2 = timed(repeat("وقال مصدر ميداني إن الهجوم أسفر عن مقتل ثلاثة جنود في البادية.\n", MB));
        assertTrue(r2.claims().size() <= 2, "repeats collapsed: " + r2.claims().size());
    }

    @Test
    void megabyteMixedScriptsAndLongLines() {
        timed(repeat("The minister said 40% of Москва Damascus دمشق 東京 said X that \"quote\" ", MB));
        timed(repeat("a", MB));
        timed(repeat("😀", MB / 2));
    }
}
