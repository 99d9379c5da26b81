package org.eventtimeline.bench;

import static org.eventtimeline.bench.NewsVocabulary.*;

import java.util.Random;

/**
 * Expands {@link NewsTemplates} with a seeded random source into news paragraphs and headlines; one scene (cities,
 * country, group, organisation) is shared until {@link #newScene()}. Same seed, same calls: same text.
 */
final class NewsWriter {

    private static final String[] QUANTIFIERS = {"", "", "", "at least ", "more than ", "about ", "nearly "};
    private static final String[] DATES = {"on {WEEKDAY}", "yesterday", "on {MONTH} {DAY}", "late on {WEEKDAY}",
        "early {WEEKDAY}", "on {WEEKDAY} night", "last week", "on {DAY} {MONTH}", "on {MONTH} {DAY}, {YEAR_NOW}",
        "last month", "this morning", "overnight", "on {WEEKDAY} evening", "earlier this month", "today"};
    private static final String[] SINCE = {"{MONTH}", "early {MONTH}", "last week", "the start of the rainy season",
        "{MONTH} {YEAR}", "the beginning of the year"};
    private static final String[] LATER = {"next week", "on {WEEKDAY}", "later this month", "in the coming days"};
    private static final String[] HOURS = {"midnight", "10 p.m.", "6:30 a.m.", "noon", "dawn", "9 o'clock"};

    private final Random random;
    private String usCity;
    private String[] worldCity;
    private String country2;
    private String group;
    private String organisation;
    private String title;
    private String lastSurname = "Smith";
    private int lastNumber = 5;

    NewsWriter(long seed) {
        this.random = new Random(seed);
        newScene();
    }

    /** Picks the places, group, organisation and official the next sentences talk about. */
    void newScene() {
        usCity = pick(US_CITIES);
        worldCity = WORLD_CITIES[random.nextInt(WORLD_CITIES.length)];
        country2 = pick(COUNTRIES);
        group = pick(ARMED_GROUPS);
        organisation = pick(ORGANISATIONS);
        title = pick(OFFICIAL_TITLES);
    }

    NewsTemplates.Kind kind() {
        return NewsTemplates.KINDS[random.nextInt(NewsTemplates.KINDS.length)];
    }

    String headline(NewsTemplates.Kind kind) {
        return sentence(pick(kind.titles()));
    }

    /** A paragraph: an event lead (when asked) then one to three detail, quote or background sentences. */
    String paragraph(NewsTemplates.Kind kind, boolean withLead) {
        StringBuilder text = new StringBuilder(400);
        if (withLead) {
            text.append(sentence(pick(kind.leads())));
        }
        int more = 1 + random.nextInt(3);
        for (int i = 0; i < more; i++) {
            String[] pool = switch (random.nextInt(3)) {
                case 0 -> NewsTemplates.DETAILS;
                case 1 -> NewsTemplates.QUOTES;
                default -> NewsTemplates.BACKGROUND;
            };
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(sentence(pick(pool)));
        }
        return text.toString();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String sentence(String template) {
        String text = expand(template);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String expand(String template) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close < 0) {
                out.append(c);
                i++;
            } else {
                out.append(fill(template.substring(i + 1, close)));
                i = close + 1;
            }
        }
        return out.toString();
    }

    private String fill(String slot) {
        return switch (slot) {
            case "N", "N2" -> number(lastNumber = 2 + random.nextInt(random.nextInt(4) == 0 ? 60 : 15));
            case "NSUB" -> number(1 + random.nextInt(lastNumber));
            case "NB" -> random.nextInt(6) == 0 ? thousands(1000 + random.nextInt(9000))
                    : Integer.toString(20 + random.nextInt(880));
            case "Q" -> pick(QUANTIFIERS);
            case "AGE" -> Integer.toString(16 + random.nextInt(55));
            case "NAME" -> name();
            case "SURNAME" -> lastSurname;
            case "TITLE" -> title;
            case "USCITY" -> usCity;
            case "USCITY_CITY" -> usCity.substring(0, usCity.indexOf(','));
            case "CITY" -> worldCity[0];
            case "COUNTRY", "COUNTRY_CAP" -> worldCity[1];
            case "DEMONYM" -> worldCity[2];
            case "COUNTRY2" -> country2.equals(worldCity[1]) ? "its neighbours" : country2;
            case "REGION" -> pick(REGIONS);
            case "GROUP", "GROUP_CAP" -> group;
            case "ORG", "ORG_CAP" -> organisation;
            case "VICTIMS" -> pick(VICTIMS);
            case "VENUE" -> pick(VENUES);
            case "VENUE_BARE" -> pick(VENUES).substring(2).trim();
            case "DATE" -> expand(pick(DATES));
            case "SINCE" -> expand(pick(SINCE));
            case "LATER" -> expand(pick(LATER));
            case "HOUR" -> pick(HOURS);
            case "WEEKDAY" -> pick(WEEKDAYS);
            case "MONTH" -> pick(MONTHS);
            case "DAY" -> Integer.toString(1 + random.nextInt(28));
            case "YEAR" -> Integer.toString(2008 + random.nextInt(17));
            case "YEAR_NOW" -> "2025";
            case "YEAR_NEXT" -> Integer.toString(2026 + random.nextInt(3));
            default -> throw new IllegalArgumentException("unknown slot {" + slot + "}");
        };
    }

    private String name() {
        lastSurname = pick(SURNAMES);
        return pick(FIRST_NAMES) + " " + lastSurname;
    }

    /** A number in digits or, below a hundred, in words ("twenty-three"). */
    private String number(int value) {
        if (random.nextInt(5) < 3 || value >= 100) {
            return Integer.toString(value);
        }
        if (value <= 20) {
            return NUMBER_WORDS[value];
        }
        int units = value % 10;
        return TENS[value / 10] + (units == 0 ? "" : "-" + NUMBER_WORDS[units]);
    }

    private static String thousands(int value) {
        return value / 1000 + "," + String.valueOf(1000 + value % 1000).substring(1);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
