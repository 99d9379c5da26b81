package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CasualtyExtractorTests {

    private final CasualtyExtractor extractor = new CasualtyExtractor();

    private List<CasualtyMention> extract(String text) {
        Document document = Document.of(text, LocalDate.of(2025, 3, 29));
        new SentenceSplitter().annotate(document);
        extractor.annotate(document);
        return document.casualties();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            At least 45 people died in the floods.                        | KILLED   | 45   | true  | At least 45 people died
            A Kenyan policeman deployed in Haiti has gone missing.        | MISSING  | 1    | false | A Kenyan policeman deployed in Haiti has gone missing
            Two soldiers stationed at Camp Lemonnier were wounded.        | INJURED  | 2    | false | Two soldiers stationed at Camp Lemonnier were wounded
            Four Americans who crossed into Mexico were kidnapped.        | ABDUCTED | 4    | false | Four Americans who crossed into Mexico were kidnapped
            Nearly 30 people were killed in the raid.                     | KILLED   | 30   | false | Nearly 30 people were killed
            Twenty-three people were killed in the attack.                | KILLED   | 23   | false | Twenty-three people were killed
            The earthquake killed more than 1,200 people in 2015.         | KILLED   | 1200 | true  | killed more than 1,200 people
            The death toll rose to 45 on Sunday.                          | KILLED   | 45   | false | death toll rose to 45
            The toll climbed to 12, officials said.                       | KILLED   | 12   | false | toll climbed to 12
            The storm claimed 12 lives.                                   | KILLED   | 12   | false | claimed 12 lives
            The crash caused 45 deaths.                                   | KILLED   | 45   | false | 45 deaths
            Seven killed as tram derails in south London                  | KILLED   | 7    | false | Seven killed
            The blast left 3 people dead.                                 | KILLED   | 3    | false | 3 people dead
            A man was fatally shot in Chicago on Friday.                  | KILLED   | 1    | false | A man was fatally shot
            Two men were shot dead outside a bar.                         | KILLED   | 2    | false | Two men were shot dead
            A 23-year-old man was shot and killed early Sunday.           | KILLED   | 1    | false | A 23-year-old man was shot and killed
            Police said a man and a woman were killed in the crash.       | KILLED   | 2    | false | a man and a woman were killed
            Four people, including two children, were killed in a fire.   | KILLED   | 4    | false | Four people, including two children, were killed
            John Smith, 34, and Jane Doe, 30, were found dead at home.    | KILLED   | 2    | false | John Smith, 34, and Jane Doe, 30, were found dead
            The plane crash killed all 150 people on board.               | KILLED   | 150  | false | killed all 150 people
            Israeli air strikes killed at least 45 Palestinians.          | KILLED   | 45   | true  | killed at least 45 Palestinians
            Police said the victim, a 34-year-old woman, was pronounced dead. | KILLED | 1  | false | a 34-year-old woman, was pronounced dead
            The man, 42, was shot multiple times and died.                | KILLED   | 1    | false | The man, 42, was shot multiple times and died
            Five people, three of them children, died in the blaze.       | KILLED   | 5    | false | Five people, three of them children, died
            The fire killed a woman and her two children.                 | KILLED   | 3    | false | killed a woman and her two children
            Nine people drowned when their boat capsized.                 | KILLED   | 9    | false | Nine people drowned
            Officers found two men with gunshot wounds.                   | INJURED  | 2    | false | found two men with gunshot wounds
            A 15-year-old boy was shot and wounded Tuesday afternoon.     | INJURED  | 1    | false | A 15-year-old boy was shot and wounded
            Seven others were wounded in the attack.                      | INJURED  | 7    | false | Seven others were wounded
            A dozen people were injured.                                  | INJURED  | 12   | false | A dozen people were injured
            The fire sent 4 to hospital.                                  | INJURED  | 4    | false | sent 4 to hospital
            Two firefighters were hospitalized overnight.                 | INJURED  | 2    | false | Two firefighters were hospitalized
            A woman suffered non-life-threatening injuries.               | INJURED  | 1    | false | A woman suffered non-life-threatening injuries
            Over 50 people were taken to hospital.                        | INJURED  | 50   | true  | Over 50 people were taken to hospital
            A man was shot in the leg on Elm Street.                      | INJURED  | 1    | false | A man was shot
            The blast wounded 12 people, three of them seriously.         | INJURED  | 12   | false | wounded 12 people
            Three miners are missing after the collapse.                  | MISSING  | 3    | false | Three miners are missing
            A teenager has gone missing.                                  | MISSING  | 1    | false | A teenager has gone missing
            Three hikers remain unaccounted for.                          | MISSING  | 3    | false | Three hikers remain unaccounted for
            Gunmen kidnapped 13 Japanese engineers.                       | ABDUCTED | 13   | false | kidnapped 13 Japanese
            Boko Haram abducted 20 schoolgirls from a school.             | ABDUCTED | 20   | false | abducted 20 schoolgirls
            Eight tourists were taken hostage by the gunmen.              | ABDUCTED | 8    | false | Eight tourists were taken hostage
            Militants took 20 people hostage.                             | ABDUCTED | 20   | false | took 20 people hostage
            A Taliban leader was arrested in Kandahar.                    | ARRESTED | 1    | false | A Taliban leader was arrested
            The suspect was taken into custody.                           | ARRESTED | 1    | false | The suspect was taken into custody
            Around 300 people were detained during the protests.          | ARRESTED | 300  | false | Around 300 people were detained
            Police said they had made 23 arrests.                         | ARRESTED | 23   | false | made 23 arrests
            Police detained two men and a woman.                          | ARRESTED | 3    | false | detained two men and a woman
            """)
    void findsOneFigure(String sentence, CasualtyKind kind, int count, boolean lowerBound, String text) {
        // given a news sentence with one casualty figure
        // when the extractor runs
        List<CasualtyMention> mentions = extract(sentence);
        // then that figure is found with its kind, count, bound and source words
        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(kind);
            assertThat(m.count()).isEqualTo(count);
            assertThat(m.lowerBound()).isEqualTo(lowerBound);
            assertThat(m.text()).isEqualTo(text);
            assertThat(sentence.substring(m.start(), m.end())).isEqualTo(text);
            assertThat(m.unconfirmed()).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "About 80,000 US troops are stationed in the region.",
            "Officials said they would evacuate around 120,000 residents.",
            "The first summit in about 20 years will be held in May.",
            "Republicans killed the bill in committee.",
            "Chelsea scored in injury time to win 2-1.",
            "The company installed a kill switch on 40 machines.",
            "Five suspects are at large.",
            "A nuclear attack could kill thousands.",
            "The attack would have killed hundreds.",
            "Dozens of people were injured and hundreds were arrested.",
            "Hundreds more might also have been abducted.",
            "The girls might still be alive.",
            "No one was killed in the blast.",
            "Five people were killed or injured in the blast.",
            "The president's approval rating fell to 45 percent.",
            "Officials fear the number of dead could rise to 100.",
            "The gunman killed himself after the attack.",
            "Some 5,000 troops were deployed to the area.",
            "One of the injured passengers described the scene.",
            "Fire crews rescued 12 people from the building.",
            "The other three people killed have now been named.",
            "Two of the victims were children.",
            "The shooting is the city's 45th homicide of the year.",
            "No arrests have been made.",
            "None of the 40 passengers were injured.",
            "Neither of the two men was hurt.",
            "Officials denied that 50 protesters were arrested.",
            "If five people were killed, the mayor would resign.",
            "The virus has killed an estimated 1.2 million people.",
            "Messi scored 3 goals as Barcelona killed off the game."
    })
    void findsNothingWithoutAPreciseRealFigure(String sentence) {
        // given a sentence with numbers that count no casualties, or only vague or hypothetical ones
        // when the extractor runs
        List<CasualtyMention> mentions = extract(sentence);
        // then nothing is found
        assertThat(mentions).isEmpty();
    }

    @Test
    void findsFiguresOfSeveralKindsInOneSentence() {
        // given a sentence with a killed and an injured figure
        String sentence = "A suicide bomber blew himself up on Tuesday, killing 13 people and injuring more than "
                + "100 others, police said.";
        // when the extractor runs
        List<CasualtyMention> mentions = extract(sentence);
        // then each figure is found once, in order
        assertThat(mentions).extracting(CasualtyMention::kind, CasualtyMention::count, CasualtyMention::lowerBound,
                        CasualtyMention::text)
                .containsExactly(tuple(CasualtyKind.KILLED, 13, false, "killing 13 people"),
                        tuple(CasualtyKind.INJURED, 100, true, "injuring more than 100 others"));
    }

    @Test
    void findsKilledInjuredAndMissingInAListOfClauses() {
        // given three figures in three clauses
        String sentence = "Fourteen people were killed and 30 others wounded, while five remain missing.";
        // when the extractor runs
        List<CasualtyMention> mentions = extract(sentence);
        // then all three are found
        assertThat(mentions).extracting(CasualtyMention::kind, CasualtyMention::count)
                .containsExactly(tuple(CasualtyKind.KILLED, 14), tuple(CasualtyKind.INJURED, 30),
                        tuple(CasualtyKind.MISSING, 5));
    }

    @Test
    void splitsPeopleShotIntoKilledAndInjured() {
        // given a shooting where some of those shot died
        String sentence = "Two people were shot, one fatally, on Saturday night.";
        // when the extractor runs
        List<CasualtyMention> mentions = extract(sentence);
        // then one is killed and the other injured
        assertThat(mentions).extracting(CasualtyMention::kind, CasualtyMention::count, CasualtyMention::text)
                .containsExactly(tuple(CasualtyKind.KILLED, 1, "Two people were shot, one fatally"),
                        tuple(CasualtyKind.INJURED, 1, "Two people were shot, one fatally"));
    }

    @Test
    void takesTheKilledOutOfThoseShot() {
        // given a gunman who shot five people and killed two of them
        String sentence = "A gunman shot five people, killing two.";
        // when the extractor runs
        List<CasualtyMention> mentions = extract(sentence);
        // then three are injured and two killed
        assertThat(mentions).extracting(CasualtyMention::kind, CasualtyMention::count)
                .containsExactly(tuple(CasualtyKind.INJURED, 3), tuple(CasualtyKind.KILLED, 2));
    }

    @Test
    void countsLeftDeadAndInjuredSeparately() {
        // given a verbless "left X dead and Y injured"
        String sentence = "The shooting left one man dead and two others injured.";
        // when the extractor runs
        List<CasualtyMention> mentions = extract(sentence);
        // then both figures are found
        assertThat(mentions).extracting(CasualtyMention::kind, CasualtyMention::count, CasualtyMention::text)
                .containsExactly(tuple(CasualtyKind.KILLED, 1, "one man dead"),
                        tuple(CasualtyKind.INJURED, 2, "two others injured"));
    }

    @Test
    void keepsTwoArrestFiguresOfOneSentence() {
        // given two arrest figures joined by "and"
        String sentence = "Police arrested 40 protesters and detained two suspected insurgents.";
        // when the extractor runs
        List<CasualtyMention> mentions = extract(sentence);
        // then both are arrests
        assertThat(mentions).extracting(CasualtyMention::kind, CasualtyMention::count, CasualtyMention::text)
                .containsExactly(tuple(CasualtyKind.ARRESTED, 40, "arrested 40 protesters"),
                        tuple(CasualtyKind.ARRESTED, 2, "detained two suspected insurgents"));
    }

    @Test
    void doesNotReadADateAsAFigure() {
        // given a date right before the real figure
        String sentence = "On March 3 five people were wounded.";
        // when the extractor runs
        List<CasualtyMention> mentions = extract(sentence);
        // then only the people are counted
        assertThat(mentions).extracting(CasualtyMention::kind, CasualtyMention::count, CasualtyMention::text)
                .containsExactly(tuple(CasualtyKind.INJURED, 5, "five people were wounded"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Local media reported that the officer had been killed.        | 1 | the officer had been killed
            Two soldiers were reportedly killed in the clash.             | 2 | Two soldiers were reportedly killed
            Five people are feared dead after the landslide.              | 5 | Five people are feared dead
            Two people may have died in the fire.                         | 2 | Two people may have died
            Three soldiers are believed to have been killed.              | 3 | Three soldiers are believed to have been killed
            Unconfirmed reports said 20 people were killed in the shelling. | 20 | 20 people were killed
            Rebels claimed to have killed 50 soldiers.                    | 50 | killed 50 soldiers
            """)
    void marksReportedFiguresUnconfirmed(String sentence, int count, String text) {
        // given a death reported with hedging words
        // when the extractor runs
        List<CasualtyMention> mentions = extract(sentence);
        // then the figure is kept but marked unconfirmed
        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(CasualtyKind.KILLED);
            assertThat(m.count()).isEqualTo(count);
            assertThat(m.text()).isEqualTo(text);
            assertThat(m.unconfirmed()).isTrue();
        });
    }

    @Test
    void givesOffsetsRelativeToEachSentence() {
        // given two sentences, the second with a figure
        String text = "Fighting resumed on Monday. Nine civilians were killed in the shelling.";
        // when the extractor runs
        List<CasualtyMention> mentions = extract(text);
        // then the mention points into the second sentence
        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.sentence()).isEqualTo(1);
            assertThat(m.start()).isZero();
            assertThat(m.end()).isEqualTo("Nine civilians were killed".length());
        });
    }

    @Test
    void declaresItsLayers() {
        // given the extractor
        // when its layers are read
        // then it needs sentences and provides casualties
        assertThat(extractor.requires()).isEqualTo(Set.of(Layer.SENTENCES));
        assertThat(extractor.provides()).isEqualTo(Set.of(Layer.CASUALTIES));
    }
}
