package org.isnad.extraction.engine.boilerplate;

/**
 * The editors' credit that closes a wire-based article (DW, BBC, Euronews style): editor initials written as
 * letters with dots, slashes between editors, then optionally the agencies in brackets —
 * {@code ع.ج/ س (د ب أ، رويترز)}, {@code م.ع/ أ.ف.ب}, {@code ap/rtr (AFP, Reuters)}. The shape alone decides: every
 * word before the bracket is an abbreviation of at most three letters, at least one dot or slash joins them, and
 * the bracket is a short comma-separated list of names. A prose sentence has real words before any bracket.
 */
final class CreditTrailer {
    private CreditTrailer() {
    }

    private static final int MAX_CHARS = 80;

    static boolean isCredit(String line) {
        String l = line.strip();
        if (l.isEmpty() || l.length() > MAX_CHARS) {
            return false;
        }
        String initials = l;
        String bracket = null;
        int open = l.indexOf('(');
        if (open >= 0) {
            if (!l.endsWith(")") || l.indexOf('(', open + 1) >= 0 || l.indexOf(')') != l.length() - 1) {
                return false;
            }
            initials = l.substring(0, open).strip();
            bracket = l.substring(open + 1, l.length() - 1).strip();
        }
        return initialsOnly(initials) && (bracket == null || agencyList(bracket));
    }

    /** Abbreviations of at most three letters, joined by dots, slashes and spaces, with at least one dot or slash. */
    static boolean initialsOnly(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int run = 0;
        int groups = 0;
        boolean joiner = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isLetter(ch)) {
                if (run == 0) {
                    groups++;
                }
                if (++run > 3) {
                    return false;
                }
            } else if (ch == '.' || ch == '/') {
                joiner = true;
                run = 0;
            } else if (Character.isWhitespace(ch) || ch == '-') {
                run = 0;
            } else {
                return false;
            }
        }
        return joiner && groups >= 2 && groups <= 10;
    }

    /** "د ب أ، رويترز", "AFP, Reuters": one to five short names, no digits, no sentence punctuation. */
    static boolean agencyList(String s) {
        if (s.isEmpty()) {
            return false;
        }
        String[] items = s.split("[،,/]");
        if (items.length > 5) {
            return false;
        }
        for (String item : items) {
            String t = item.strip();
            if (t.isEmpty() || BoilerplateDetector.countWords(t) > 3) {
                return false;
            }
            for (int i = 0; i < t.length(); i++) {
                char ch = t.charAt(i);
                if (!Character.isLetter(ch) && ch != ' ' && ch != '.' && ch != '-') {
                    return false;
                }
            }
        }
        return true;
    }
}
