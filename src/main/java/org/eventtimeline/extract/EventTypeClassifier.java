package org.eventtimeline.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventtimeline.domain.EventType;

/**
 * Reads each sentence and provides the event types its trigger words cue. The cue that comes first in the sentence
 * names its main event and scores highest ("Authorities evacuated 8,000 people as a wildfire spread"); a plain
 * statement verb is only a fallback; on the same word, violence outranks disasters and diplomacy.
 */
public final class EventTypeClassifier implements Extractor {

    /** A cue's pattern; every alternative of it starts with one of its lower-case {@code stems}. */
    private record Cue(EventType type, Pattern pattern, double score, String[] stems) {
    }

    private static final List<Cue> CUES = List.of(
            cue(EventType.EXPLOSION, new String[] {"explo", "blast", "bomb", "air", "drone", "missile", "shell", "grenade", "rocket"}, 0.9, "explo(?:sion|sions|ded|sive device)|blasts?|bomb(?:s|ing|ings|ed|er|ers)?|"
                    + "air ?strikes?|drone strikes?|missile strikes?|shell(?:ing|ed)|grenades?|rockets? (?:hit|struck)"),
            cue(EventType.ATTACK, new String[] {"attack", "shot", "shoot", "gun", "opened", "stabb", "ambush", "clash", "fight", "fought", "assault", "massacre", "murder", "slain", "raid", "killed"}, 0.9, "attack(?:s|ed|ers|ing)?|shot|shooting|shootings|gun(?:man|men|fire)|"
                    + "opened fire|stabb(?:ed|ing)|ambush(?:ed)?|clash(?:es|ed)?|fighting|fought|assault(?:ed)?|"
                    + "massacre|murder(?:ed|s)?|slain|raid(?:ed)?|gunned down|killed by (?:a |an )?(?:gunm[ae]n|militants?|attackers?|assailants?|soldiers|police|rebels|gangs?)"),
            cue(EventType.DISASTER, new String[] {"fire", "blaze", "inferno", "flood", "earthquake", "quake", "landslide", "mudslide", "storm", "hurricane", "typhoon", "cyclone", "tornado", "crash", "collision", "derail", "collapse", "wildfire", "erupt", "avalanche", "drowned", "capsized", "accident", "stampede", "gas", "burst"}, 0.85, "fires?|blaze|inferno|fireball|flood(?:s|ing|ed)?|earthquake|quake|"
                    + "landslides?|mudslides?|storms?|hurricane|typhoon|cyclone|tornado(?:es)?|crash(?:ed|es)?|"
                    + "collisions?|derail(?:ed|ment)|collapsed?|wildfires?|eruption|erupted|avalanche|drowned|"
                    + "capsized|accident|stampede|gas leak|burst"),
            cue(EventType.ABDUCTION, new String[] {"kidnap", "abduct", "taken", "hostage", "gone", "went", "disappeared"}, 0.85, "kidnap(?:ped|ping|pings|pers)?|abduct(?:ed|ing)|"
                    + "taken hostage|hostages?|gone missing|went missing|disappeared"),
            cue(EventType.PROTEST, new String[] {"protest", "demonstrat", "rall", "riot", "sit-in", "marched"}, 0.8, "protest(?:s|ers|ed|ing)?|demonstrat(?:ion|ions|ors|ed)|rall(?:y|ies|ied)|"
                    + "riot(?:s|ed|ing)?|sit-in|marched"),
            cue(EventType.ARREST, new String[] {"arrest", "detain", "detention", "taken", "apprehended", "jailed"}, 0.85, "arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|detention|taken into custody|"
                    + "apprehended|jailed"),
            cue(EventType.EVACUATION, new String[] {"evacuat", "displaced", "fled"}, 0.8, "evacuat(?:e|ed|es|ing|ion|ions)|displaced|fled their homes"),
            cue(EventType.MILITARY, new String[] {"military", "joint", "naval", "annual", "training", "live-fire", "war", "combined", "air", "amphibious", "drills", "troops", "fighter", "missile", "weapons", "deploy", "mobili"}, 0.7, "military (?:exercises?|drills?|pressure|operation|offensive)|"
                    + "(?:military|joint|naval|annual|training|live-fire|war|combined|air|amphibious)\\b[\\p{L} ]{0,30}?"
                    + "\\bexercises?|drills|troops|warships?|fighter jets|missile (?:test|launch)(?:es|s)?|"
                    + "weapons tests?|deploy(?:ed|s|ing)? (?:\\w+ )?(?:troops|soldiers|warships|forces|jets)|mobili[sz](?:ed|ation)"),
            cue(EventType.CANCELLATION, new String[] {"cancel", "called", "postpon", "suspend", "scrapped"}, 0.8, "cancel(?:l?ed|s|l?ing|lation)|called off|postpone[sd]?|postponing|suspend(?:s|ed|ing)?|scrapped"),
            cue(EventType.AGREEMENT, new String[] {"agree", "signed", "ceasefire", "truce", "accord", "treaty", "pact"}, 0.7, "agreed|agreement|signed|ceasefire|truce|accord|treaty|pact"),
            cue(EventType.MEETING, new String[] {"met", "meet", "will", "held", "holds", "visit", "arrived", "hosted", "summit", "talks"}, 0.7, "met|meets|(?<!to )meet with|will meet|held talks|holds talks|(?<!to )visit(?:s|ed|ing)?|"
                    + "visit to|arrived in|hosted|summit (?:in|at) \\p{Lu}|talks (?:in|at) \\p{Lu}"),
            cue(EventType.THREAT, new String[] {"accus", "threat", "warn", "demand", "condemn", "critici", "sanctions"}, 0.7, "accus(?:ed|es|ing)|threat(?:en|ened|ens)|warn(?:ed|s)|demand(?:ed|s)|"
                    + "condemn(?:ed|s)|critici[sz](?:ed|es)|sanctions"),
            cue(EventType.STATEMENT, new String[] {"said", "says", "told", "announced", "unveiled", "stated", "statement", "declared", "reported"}, 0.5, "said|says|told|announced|unveiled|stated|statement|declared|reported"));

    private static Cue cue(EventType type, String[] stems, double score, String words) {
        return new Cue(type, Pattern.compile("(?i)\\b(?:" + words + ")\\b"), score, stems);
    }

    /** Every cue's stems, to find the word starts at which a cue's pattern may match. */
    private static final StemTable STEMS = new StemTable(CUES.stream().map(Cue::stems).toList());
    private static final int ALL_CUES = (1 << CUES.size()) - 1;

    /** Each thread's matchers, one per cue, reset to a sentence's text when first needed for it. */
    private static final ThreadLocal<Matcher[]> MATCHERS = ThreadLocal.withInitial(() -> new Matcher[CUES.size()]);

    @Override
    public void annotate(Document document) {
        Matcher[] matchers = MATCHERS.get();
        String[] triggers = new String[CUES.size()];
        int[] starts = new int[CUES.size()];
        for (Sentence sentence : document.sentences()) {
            firstMatches(sentence.text(), document.folded(sentence), matchers, triggers, starts);
            List<TypeMention> found = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            for (int c = 0; c < CUES.size(); c++) {
                Cue cue = CUES.get(c);
                if (triggers[c] != null) {
                    found.add(new TypeMention(sentence.index(), cue.type(), triggers[c], cue.score()));
                    positions.add(cue.type() == EventType.STATEMENT ? Integer.MAX_VALUE : starts[c]);
                }
            }
            int first = -1;
            for (int i = 0; i < found.size(); i++) {
                if (first < 0 || positions.get(i) < positions.get(first)) {
                    first = i;
                }
            }
            for (int i = 0; i < found.size(); i++) {
                TypeMention t = found.get(i);
                document.types().add(new TypeMention(t.sentence(), t.type(), t.trigger(),
                        i == first ? t.score() : t.score() * 0.6));
            }
        }
    }

    /**
     * Per cue, the text and start of the match that {@code find()} would give, or null and 0 for none. Every match
     * starts with {@code \b} and one of the cue's stems, so each cue's pattern is tried only at word starts where
     * the folded text holds one of its stems, leftmost first, until it matches.
     */
    private static void firstMatches(String text, String folded, Matcher[] matchers, String[] triggers, int[] starts) {
        Arrays.fill(triggers, null);
        Arrays.fill(starts, 0);
        int pending = ALL_CUES;
        int fresh = 0;
        int length = text.length();
        for (int at = WordStartScan.nextStart(text, 0); at < length && pending != 0;
                at = WordStartScan.nextStart(text, at + 1)) {
            int cues = STEMS.listsAt(folded, at) & pending;
            if (cues == 0) {
                continue;
            }
            for (int c = 0; c < CUES.size(); c++) {
                if ((cues & 1 << c) == 0) {
                    continue;
                }
                if ((fresh & 1 << c) == 0) {
                    matchers[c] = matchers[c] == null ? CUES.get(c).pattern().matcher(text) : matchers[c].reset(text);
                    matchers[c].useTransparentBounds(true).useAnchoringBounds(false);
                    fresh |= 1 << c;
                }
                Matcher m = matchers[c].region(at, text.length());
                if (m.lookingAt()) {
                    triggers[c] = m.group();
                    starts[c] = m.start();
                    pending &= ~(1 << c);
                }
            }
        }
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.EVENT_TYPES);
    }
}
