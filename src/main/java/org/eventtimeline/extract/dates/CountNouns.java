package org.eventtimeline.extract.dates;

/** Regex pieces telling a number that counts or measures something ("2002 people", "1900 block") from a date. */
public final class CountNouns {

    /** A lookahead that fails when a count noun, unit or percent follows the number just matched. */
    public static final String NOT_FOLLOWED = "(?!\\s*(?:%|percent\\b|per\\s?cent\\b|(?:more|other|additional|"
            + "new|of\\s+(?:the|them|us|those|whom))\\b|(?:people|persons|residents|civilians|troops|soldiers|"
            + "police|officers|men|women|children|kids|students|members|workers|fighters|militants|refugees|"
            + "migrants|protesters|voters|votes|cases|deaths|dead|casualties|victims|patients|households|homes|"
            + "houses|buildings|families|vehicles|cars|rounds|shots|bullets|guns|weapons|rockets|missiles|"
            + "drones|km|kilometers|kilometres|miles|meters|metres|feet|ft|yards|acres|hectares|tons|tonnes|kg|"
            + "pounds|dollars|euros|rupees|yuan|yen|hours|minutes|seconds|days|weeks|months|years|block|"
            + "blocks|times|points|shares|jobs|signatures|calories|pages|words|units|beds|seats)\\b))";

    /** An alternation for the word just before a number: words before a number that make it a count, a price or a name. */
    public static final String COUNT_PREFIX = "(?i:about|around|nearly|almost|some|roughly|approximately|over|"
            + "than|least|estimated|additional|another|No\\.|number|route|highway|interstate|flight|room|suite|"
            + "apt\\.?|apartment|unit|gate|pier|bus|exit|precinct|ward|lot|box|bill|article|section|chapter|"
            + "resolution|code|model|version|channel|page|platform|track|line|killing|killed|injuring|injured|"
            + "up\\s+to|\\d+(?:,\\d{3})*\\s+(?:to|and|or))";

    private CountNouns() {
    }
}
