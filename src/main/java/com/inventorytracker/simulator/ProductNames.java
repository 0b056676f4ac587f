package com.inventorytracker.simulator;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Product names in the original's style ("KOLHEMAK NORMAL", "ÖHÄPLAN STAR"): an invented word of syllables, some
 * with Ä and Ö so that a client that mangles UTF-8 shows it, then one or two plain words.
 */
final class ProductNames {

    private static final List<String> SYLLABLES = List.of("KOL", "HE", "MAK", "DAL", "TRAD", "NY", "REP", "JAL",
            "HEN", "SOP", "RAP", "LUN", "TAI", "BEN", "GIN", "ZEN", "KRI", "VAN", "POL", "SIK", "RO", "MU", "TE", "LA",
            "ÄK", "TÖ", "HÄN", "KÖ", "ÖV", "MÄL", "SÖR", "PÄ", "ÖP", "LÄN");

    private static final List<String> WORDS = List.of("NORMAL", "BRIGHT", "COOL", "LIGHT", "EARTH", "STAR", "RAIN",
            "SUN", "FANTASY", "METROPOLIS", "BOON", "BIG", "SMALL", "TREME", "ANIMAL", "TEMPEST", "SCREAM", "CORE",
            "NIGHT", "RAVE", "FLOWER", "GLOW", "MOON", "BOLD");

    private ProductNames() {
    }

    static String next(RandomGenerator random) {
        StringBuilder name = new StringBuilder(24);
        int syllables = random.nextInt(2, 4);
        for (int i = 0; i < syllables; i++) {
            name.append(pick(SYLLABLES, random));
        }
        name.append(' ').append(pick(WORDS, random));
        if (random.nextInt(10) == 0) {
            name.append(' ').append(pick(WORDS, random));
        }
        return name.toString();
    }

    private static String pick(List<String> choices, RandomGenerator random) {
        return choices.get(random.nextInt(choices.size()));
    }

}
