package org.isnad.extraction.engine.entity;

import java.util.ArrayList;
import java.util.List;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.Span;
import org.isnad.extraction.engine.segment.Sentences;
import org.isnad.extraction.engine.text.NormalizedText;
import org.isnad.extraction.engine.text.Token;

/**
 * Adapter for a token-level statistical tagger (the colleague's {@code ArabicNer}: sentence tokens in, spans
 * of token indices with ANERcorp labels out). Tokens are the engine's own (normalised view, one sentence at
 * a time); token spans are mapped back to ORIGINAL offsets. Labels: PERS→PERSON, LOC→LOCATION,
 * ORG→ORGANIZATION, MISC and anything else dropped. Integrating the NER is one lambda:
 * {@code new TokenTaggerFinder(toks -> ner.tag(toks).stream().map(s -> new Tag(s.startToken(), s.endToken(), s.type())).toList())}.
 */
public final class TokenTaggerFinder implements EntityFinder {

    /** A tagged token range [start, end) with its label (PERS, LOC, ORG, MISC, or B-/I- prefixed). */
    public record Tag(int startToken, int endToken, String label) {
    }

    @FunctionalInterface
    public interface Tagger {
        List<Tag> tag(List<String> sentenceTokens);
    }

    private final Tagger tagger;

    public TokenTaggerFinder(Tagger tagger) {
        this.tagger = tagger;
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
        for (List<Token> line : text.lineTokens()) {
            for (int[] sen : Sentences.split(line, 0, line.size())) {
                List<Token> toks = line.subList(sen[0], sen[1]);
                List<String> words = new ArrayList<>(toks.size());
                for (Token t : toks) {
                    words.add(t.text());
                }
                List<Tag> tags;
                try {
                    tags = tagger.tag(words);
                } catch (RuntimeException e) {
                    continue;
                }
                for (Tag tg : tags) {
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
