package org.isnad.extraction.engine.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the hand-written world knowledge the NER features read: trigger words ({@code lexicon/triggers.txt}) and
 * the gazetteer files, optionally with the extraction engine's own lists. Training reads these; tagging does not
 * (the shipped model carries the compiled lexicons), which is why loading lives apart from {@link Lexicon}.
 */
final class LexiconResources {

    private LexiconResources() {
    }

    static final String RESOURCE_DIR = "/org/isnad/extraction/engine/ner/lexicon/";

    static Lexicon.Triggers loadTriggerResource() throws IOException {
        Lexicon.Triggers t = new Lexicon.Triggers();
        for (String line : readResourceLines("triggers.txt")) {
            int sp = line.indexOf(' ');
            if (sp < 0) {
                throw new IOException("bad trigger line: " + line);
            }
            int cat = Lexicon.triggerCategory(line.substring(0, sp));
            for (String w : line.substring(sp + 1).trim().split("[،,]")) {
                w = w.trim();
                if (!w.isEmpty()) {
                    t.add(w, cat);
                }
            }
        }
        return t;
    }

    /**
     * The extraction engine's own hand-written gazetteers ({@code engine/lexicon/*.txt}, "canonical|variant|…" lines)
     * that follow ANERcorp conventions: places, international organisations, NGOs, outlets, armed groups, public
     * figures, first names. Context-dependent variants (prefixed with ?) and government/security bodies (ANERcorp
     * often leaves "الجيش الإسرائيلي"-like descriptions as O) are left out.
     */
    static final String[][] ENGINE_GAZETTEERS = {{"countries.txt", "1"}, {"capitals.txt", "1"}, {"cities.txt", "1"},
        {"governorates.txt", "1"}, {"regions.txt", "1"}, {"intl_orgs.txt", "2"}, {"ngos.txt", "2"}, {"outlets.txt", "2"},
        {"armed_groups.txt", "2"}, {"persons.txt", "0"}, {"first_names.txt", "4"}};
    static final String ENGINE_LEXICON_DIR = "/org/isnad/extraction/engine/lexicon/";

    static void addEngineGazetteers(Lexicon.Gazetteer g) throws IOException {
        for (String[] f : ENGINE_GAZETTEERS) {
            int type = Integer.parseInt(f[1]);
            try (java.io.InputStream in = LexiconResources.class.getResourceAsStream(ENGINE_LEXICON_DIR + f[0])) {
                if (in == null) {
                    throw new IOException("missing engine gazetteer " + f[0]);
                }
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    line = line.strip();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    for (String e : line.split("\\|")) {
                        e = e.strip();
                        if (e.isEmpty() || e.startsWith("?")) {
                            continue;
                        }
                        List<String> toks = new ArrayList<>();
                        for (ArabicTokens.Token tk : ArabicTokens.tokenize(e)) {
                            toks.add(tk.text());
                        }
                        if (!toks.isEmpty() && toks.size() <= Lexicon.MAX_ENTRY_TOKENS) {
                            g.add(toks.toArray(String[]::new), type, false);
                        }
                    }
                }
            }
        }
    }

    /** Hand-written gazetteer files: gaz_loc.txt, gaz_org.txt, gaz_pers.txt (first names), gaz_misc.txt. */
    static Lexicon.Gazetteer loadHandGazetteer(boolean personList) throws IOException {
        return loadHandGazetteer(personList, false);
    }

    static Lexicon.Gazetteer loadHandGazetteer(boolean personList, boolean engineGazetteers) throws IOException {
        Lexicon.Gazetteer g = new Lexicon.Gazetteer();
        if (engineGazetteers) {
            addEngineGazetteers(g);
        }
        String[][] files = {{"gaz_loc.txt", "1"}, {"gaz_org.txt", "2"}, {"gaz_firstname.txt", "4"}, {"gaz_misc.txt", "3"},
            {"gaz_person.txt", "0"}, {"gaz_family.txt", "5"}};
        // country names in Arabic from the JDK's CLDR locale data
        java.util.Locale ar = java.util.Locale.forLanguageTag("ar");
        for (String cc : java.util.Locale.getISOCountries()) {
            String name = java.util.Locale.of("", cc).getDisplayCountry(ar);
            if (name.isEmpty() || name.contains("-") || name.contains("(") || name.equals(cc)) {
                continue;
            }
            List<String> toks = new ArrayList<>();
            for (ArabicTokens.Token tk : ArabicTokens.tokenize(name)) {
                toks.add(tk.text());
            }
            g.add(toks.toArray(String[]::new), Lexicon.G_LOC, false);
        }
        for (String[] f : files) {
            if (!personList && f[0].equals("gaz_person.txt")) {
                continue;
            }
            int type = Integer.parseInt(f[1]);
            for (String line : readResourceLines(f[0])) {
                for (String e : line.split("[،,]")) {
                    List<String> toks = new ArrayList<>();
                    for (ArabicTokens.Token tk : ArabicTokens.tokenize(e.trim())) {
                        toks.add(tk.text());
                    }
                    if (!toks.isEmpty()) {
                        g.add(toks.toArray(String[]::new), type, false);
                    }
                }
            }
        }
        return g;
    }

    static List<String> readResourceLines(String name) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = LexiconResources.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE_DIR + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        }
        return out;
    }
}
