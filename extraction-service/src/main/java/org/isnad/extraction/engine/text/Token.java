package org.isnad.extraction.engine.text;

/** A token of the normalised view: {@code [start, end)} are NORMALISED offsets. */
public record Token(int start, int end, String text, Kind kind, String folded) {
    public Token(int start, int end, String text, Kind kind) {
        this(start, end, text, kind, Fold.lower(text));
    }

    public enum Kind { WORD, NUMBER, PUNCT, QUOTE }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isPunct(char c) {
        return (kind == Kind.PUNCT || kind == Kind.QUOTE) && text.length() == 1 && text.charAt(0) == c;
    }

    public boolean isQuote() {
        return kind == Kind.QUOTE;
    }

    public boolean isComma() {
        return kind == Kind.PUNCT && (text.equals("،") || text.equals(",") || text.equals("؛") || text.equals(";"));
    }

    public boolean isArabic() {
        return kind == Kind.WORD && !text.isEmpty() && text.charAt(0) >= 0x0600 && text.charAt(0) <= 0x06FF;
    }

    public boolean isCapitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
    }
}
