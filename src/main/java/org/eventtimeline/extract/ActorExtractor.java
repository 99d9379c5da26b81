package org.eventtimeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eventtimeline.domain.Actor;
import org.eventtimeline.domain.ActorKind;
import org.eventtimeline.extract.gazetteer.Gazetteer;

/**
 * Reads each sentence and provides its actors: titled people (role split off), people named as speakers,
 * organisations, states acting, and groups of people; later short mentions fold into a full name found earlier
 * in the same document.
 */
public final class ActorExtractor implements Extractor {

    private final Gazetteer gazetteer;
    private final ActorPatterns patterns = new ActorPatterns();

    public ActorExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void annotate(Document document) {
        List<Actor> people = new ArrayList<>();
        PatternMatchers matchers = new PatternMatchers();
        for (Sentence sentence : document.sentences()) {
            List<ActorMention> found = new ArrayList<>();
            long gate = ActorGate.of(sentence.text());
            ActorAnchors.Found anchors = ActorAnchors.Found.in(sentence.text(), gate);
            if ((gate & ActorGate.TITLE) != 0) {
                titledPeople(sentence, found, matchers);
            }
            if ((gate & ActorGate.VERB) != 0) {
                speakers(sentence, found, people, anchors.speech(), matchers);
                states(sentence, found, anchors.state(), matchers);
            }
            if (sentence.text().indexOf('’') >= 0 || sentence.text().indexOf('\'') >= 0) {
                possessors(sentence, found);
            }
            organisations(sentence, found, gate, anchors, matchers);
            if ((gate & ActorGate.GROUP) != 0) {
                groups(sentence, found, anchors.group(), matchers);
            }
            found.sort((a, b) -> Integer.compare(a.start(), b.start()));
            for (ActorMention mention : found) {
                if (mention.actor().kind() == ActorKind.PERSON && mention.actor().name().contains(" ")) {
                    people.add(mention.actor());
                }
            }
            document.actors().addAll(ActorOverlaps.without(found));
        }
    }

    private void titledPeople(Sentence sentence, List<ActorMention> out, PatternMatchers matchers) {
        String text = sentence.text();
        TitleStarts titles = TitleStarts.in(text, ActorPatterns.TITLE_STEMS.positionsInFolded(text));
        // a match starts at its title or at its qualifier ("then-", "U.S.", "Japanese")
        AnchoredScan scan = new AnchoredScan(matchers.on(ActorPatterns.TITLED_PERSON, text), text, titles.titles(),
                anchor -> AnchoredScan.walkBack(text, anchor, ActorPatterns.TITLE_TOKENS))
                .startingWhere(titles::mayStart);
        while (scan.find()) {
            Matcher m = scan.matcher();
            String qualifier = m.group("qualifier");
            String country = qualifier == null ? null : countryOf(qualifier).orElse(null);
            String role = NameWords.titleCase(NameWords.singleSpaced(m.group("title")));
            String name = m.group("name");
            out.add(new ActorMention(sentence.index(), m.start("name"), m.end("name"), name,
                    new Actor(name, role, country, ActorKind.PERSON), 0.9));
        }
    }

    private void speakers(Sentence sentence, List<ActorMention> out, List<Actor> people, int[] verbs,
                          PatternMatchers matchers) {
        AnchoredScan scan = ActorAnchors.beforeVerb(matchers.on(ActorPatterns.NAME_BEFORE_SPEECH, sentence.text()),
                sentence.text(), verbs, new SpeakerReach(sentence.text(), verbs)::reaches);
        while (scan.find()) {
            Matcher m = scan.matcher();
            String name = m.group("name");
            if (patterns.isNotAName(name) || gazetteer.place(name).isPresent() || isPlaceLed(name)) {
                continue;
            }
            Optional<Actor> folded = fold(name, people);
            boolean lone = folded.isEmpty() && !name.contains(" ");
            if (lone && ActorPatterns.ARTICLE_BEFORE.matcher(sentence.text().substring(0, m.start("name"))).find()) {
                continue; // "the Pentagon said": an organisation word, not a surname
            }
            Actor actor = folded.orElse(new Actor(name, null, null, ActorKind.PERSON));
            out.add(new ActorMention(sentence.index(), m.start("name"), m.end("name"), name, actor, lone ? 0.5 : 0.7));
        }
    }

    private void possessors(Sentence sentence, List<ActorMention> out) {
        Matcher m = ActorPatterns.POSSESSOR.matcher(sentence.text());
        while (m.find()) {
            String name = m.group("name");
            if (!patterns.isNotAName(name) && gazetteer.place(name).isEmpty() && !isPlaceLed(name)) {
                out.add(new ActorMention(sentence.index(), m.start("name"), m.end("name"), name,
                        new Actor(name, null, null, ActorKind.PERSON), 0.45));
            }
        }
    }

    private boolean isPlaceLed(String name) {
        String first = NameWords.first(name);
        return gazetteer.place(first).isPresent() || gazetteer.countryOfDemonym(first).isPresent();
    }

    /** A one-word name (a surname) folds into the latest full name of the document that contains it. */
    private static Optional<Actor> fold(String name, List<Actor> people) {
        if (name.contains(" ")) {
            return Optional.empty();
        }
        for (int i = people.size() - 1; i >= 0; i--) {
            Actor person = people.get(i);
            if (NameWords.isPart(person.name(), name)) {
                return Optional.of(person);
            }
        }
        return Optional.empty();
    }

    private void organisations(Sentence sentence, List<ActorMention> out, long gate, ActorAnchors.Found anchors,
                               PatternMatchers matchers) {
        List<Pattern> gated = new ArrayList<>(4);
        if ((gate & ActorGate.ORGANISATION) != 0) {
            gated.add(ActorPatterns.NAMED_ORGANISATION);
        }
        if (ActorPatterns.hasCapitalRun(sentence.text())) {
            gated.add(ActorPatterns.ACRONYM);
        }
        if ((gate & ActorGate.VERB) != 0) {
            gated.add(ActorPatterns.DESCRIBED_ORGANISATION);
        }
        if ((gate & ActorGate.AUTHORITY) != 0) {
            gated.add(ActorPatterns.CITY_POLICE);
        }
        for (Pattern pattern : gated) {
            AnchoredScan scan = ActorAnchors.organisationScan(matchers.on(pattern, sentence.text()), sentence.text(),
                    anchors);
            while (scan.find()) {
                Matcher m = scan.matcher();
                String matched = m.group("org").trim();
                String name = NameWords.withoutThe(matched, false);
                if (patterns.isNotAnOrganisation(name)
                        || (pattern == ActorPatterns.ACRONYM && gazetteer.place(name).isPresent())) {
                    continue;
                }
                int start = m.start("org") + matched.length() - name.length();
                String country = pattern == ActorPatterns.CITY_POLICE ? countryOfPrefix(name) : null;
                out.add(new ActorMention(sentence.index(), start, start + name.length(), name,
                        new Actor(name, null, country, ActorKind.ORGANISATION), 0.7));
            }
        }
    }

    private void states(Sentence sentence, List<ActorMention> out, int[] verbs, PatternMatchers matchers) {
        AnchoredScan scan = ActorAnchors.beforeVerb(matchers.on(ActorPatterns.STATE_ACTING, sentence.text()),
                sentence.text(), verbs, VerbReach.ofWords(sentence.text(), verbs)::reaches);
        while (scan.find()) {
            Matcher m = scan.matcher();
            String name = m.group("state");
            if (gazetteer.isCountry(name)) {
                String country = gazetteer.place(name).map(p -> p.country()).orElse(name);
                out.add(new ActorMention(sentence.index(), m.start("state"), m.end("state"), name,
                        new Actor(country, null, country, ActorKind.STATE), 0.6));
            }
        }
    }

    private void groups(Sentence sentence, List<ActorMention> out, int[] nouns, PatternMatchers matchers) {
        AnchoredScan scan = new AnchoredScan(matchers.on(ActorPatterns.GROUP, sentence.text()), sentence.text(), nouns,
                anchor -> AnchoredScan.walkBack(sentence.text(), anchor, ActorPatterns.GROUP_TOKENS))
                .startingWhere(s -> Character.isLetter(sentence.text().charAt(s))
                        && ActorStarts.mayStartGroup(sentence.text(), s));
        while (scan.find()) {
            Matcher m = scan.matcher();
            String adjective = m.group("adj");
            String country = adjective == null ? null : countryOf(adjective).orElse(null);
            if (adjective != null && country == null && Character.isUpperCase(adjective.charAt(0))) {
                continue;
            }
            String name = m.group("group").trim();
            out.add(new ActorMention(sentence.index(), m.start("group"), m.start("group") + name.length(), name,
                    new Actor(name, null, country, ActorKind.GROUP), 0.5));
        }
    }

    /** The country of "French authorities" or "Chicago police": of the nationality word or the place before. */
    private String countryOfPrefix(String name) {
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            return null;
        }
        String prefix = name.substring(0, space);
        return countryOf(prefix).or(() -> gazetteer.place(prefix).map(p -> p.country())).orElse(null);
    }

    private Optional<String> countryOf(String qualifier) {
        String word = qualifier.trim();
        Optional<String> demonym = gazetteer.countryOfDemonym(word);
        if (demonym.isPresent()) {
            return demonym;
        }
        return gazetteer.place(word).filter(p -> gazetteer.isCountry(word)).map(p -> p.country());
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.ACTORS);
    }
}
