package org.isnad.extraction.engine.entity;

import java.util.ArrayList;
import java.util.List;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.Span;
import org.isnad.extraction.engine.ner.ArabicNer;
import org.isnad.extraction.engine.ner.NerSpan;
import org.isnad.extraction.engine.segment.Sentences;
import org.isnad.extraction.engine.text.NormalizedText;
import org.isnad.extraction.engine.text.Token;

/**
 * Adapter for a token-level statistical tagger (the colleague's {@code ArabicNer}: sentence tokens in, spans
 * of token indices with ANERcorp labels out). Tokens are the engine's own (normalised view); all sentences of the
 * text go to {@link Tagger#tagDocument} at once, so a document-level tagger sees its context; token spans are
 * mapped back to ORIGINAL offsets. Labels: PERS→PERSON, LOC→LOCATION,
 * ORG→ORGANIZATION, MISC and anything else dropped. Integrating the NER: {@code TokenTaggerFinder.of(ner)}.
 */
public final class TokenTaggerFinder implements EntityFinder {

    /** A tagged token range [start, end) with its label (PERS, LOC, ORG, MISC, or B-/I- prefixed). */
    public record Tag(int startToken, int endToken, String label) {
    }

    @FunctionalInterface
    public interface Tagger {
        List<Tag> tag(List<String> sentenceTokens);

        /**
         * Tags the sentences of one document in order (one tag list per sentence). Taggers with a document-level
         * stage override this; by default every sentence is tagged on its own.
         */
        default List<List<Tag>> tagDocument(List<List<String>> sentences) {
            List<List<Tag>> out = new ArrayList<>(sentences.size());
            for (List<String> s : sentences) {
                out.add(tag(s));
            }
            return out;
        }
    }

    private final Tagger tagger;

    public TokenTaggerFinder(Tagger tagger) {
        this.tagger = tagger;
    }

    /** The statistical Arabic NER as a finder; a whole text is tagged as one document (its context stage). */
    public static TokenTaggerFinder of(ArabicNer ner) {
        return new TokenTaggerFinder(new Tagger() {
            @Override
            public List<Tag> tag(List<String> sentenceTokens) {
                return tags(ner.tag(sentenceTokens));
            }

            @Override
            public List<List<Tag>> tagDocument(List<List<String>> sentences) {
                return ner.tagDocument(sentences).stream().map(TokenTaggerFinder::tags).toList();
            }
        });
    }

    private static List<Tag> tags(List<NerSpan> spans) {
        return spans.stream().map(sp -> new Tag(sp.startToken(), sp.endToken(), sp.type())).toList();
    }

    static EntityType map(String label) {
        String l = label == null ? "" : label.startsWith("B-") || label.startsWith("I-") ? label.substring(2) : label;
        return switch (l) {
            case "PERS", "PER", "PERSON" -> EntityType.PERSON;
            case "LOC", "LOCATION", "GPE" -> EntityType.LOCATION;
            case "ORG", "ORGANIZATION" -> EntityType.ORGANIZATION;
            default -> null;
        };
    }

    @Override
    public List<Entity> find(NormalizedText text, String language) {
        List<Entity> out = new ArrayList<>();
        if (!"ar".equals(language)) {
            return out;
        }
        List<List<Token>> sentences = new ArrayList<>();
        List<List<String>> words = new ArrayList<>();
        for (List<Token> line : text.lineTokens()) {
            for (int[] sen : Sentences.split(line, 0, line.size())) {
                List<Token> toks = line.subList(sen[0], sen[1]);
                List<String> w = new ArrayList<>(toks.size());
                for (Token t : toks) {
                    w.add(t.text());
                }
                sentences.add(toks);
                words.add(w);
            }
        }
        List<List<Tag>> tags;
        try {
            tags = tagger.tagDocument(words);
        } catch (RuntimeException e) {
            return out;
        }
        for (int s = 0; s < sentences.size() && s < tags.size(); s++) {
            List<Token> toks = sentences.get(s);
            for (Tag tg : tags.get(s)) {
                EntityType type = map(tg.label());
                if (type == null || tg.startToken() < 0 || tg.endToken() > toks.size()
                        || tg.endToken() <= tg.startToken()) {
                    continue;
                }
                Span sp = text.toOriginal(toks.get(tg.startToken()).start(), toks.get(tg.endToken() - 1).end());
                if (sp.length() > 0) {
                    out.add(new Entity(text.original().substring(sp.start(), sp.end()), type, sp.start(),
                            sp.end(), text.norm().substring(toks.get(tg.startToken()).start(),
                            toks.get(tg.endToken() - 1).end())));
                }
            }
        }
        return out;
    }

    @Override
    public String name() {
        return "ner";
    }

    /** Gap filler: its mentions only fill spans no rule/lexicon finder claimed. */
    @Override
    public int priority() {
        return -5;
    }
}
