package org.eventtimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests the date extractor on news-style sentences, reference date Saturday 2025-03-29. */
class DateExtractorTests {

    private static final LocalDate REFERENCE = LocalDate.of(2025, 3, 29);

    private final DateExtractor extractor = new DateExtractor();

    /** Each mention as "text|isoStart|isoEnd|precision|reporting". */
    private List<String> datesOf(String text) {
        Document document = Document.of(text, REFERENCE);
        new SentenceSplitter().annotate(document);
        extractor.annotate(document);
        return document.dates().stream()
                .map(d -> d.text() + "|" + d.value().isoStart() + "|" + d.value().isoEnd() + "|"
                        + d.value().precision() + "|" + d.reporting())
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            # sentence; expected single mention
            The ceasefire was signed on March 5, 2024 in Doha.; March 5, 2024|2024-03-05||DAY|false
            The talks opened on 5 March 2024 in Geneva.; 5 March 2024|2024-03-05||DAY|false
            Protesters gathered in the capital on 5 March.; 5 March|2025-03-05||DAY|false
            The plant was shut down on Mar. 5 after the leak.; Mar. 5|2025-03-05||DAY|false
            Rebels seized the town on October 12.; October 12|2024-10-12||DAY|false
            The summit will open on October 12.; October 12|2025-10-12||DAY|false
            The report, dated 2024-03-05, lists the victims.; 2024-03-05|2024-03-05||DAY|false
            The strike began in March 2024 and spread quickly.; March 2024|2024-03||MONTH|false
            The leaders met at an unprecedented 2002 summit.; 2002|2002||YEAR|false
            The country was occupied from 1910 to 1945.; from 1910 to 1945|1910|1945|YEAR|false
            Prices rose between 2010 and 2015, the bank found.; between 2010 and 2015|2010|2015|YEAR|false
            Korea was a Japanese colony 1910-1945.; 1910-1945|1910|1945|YEAR|false
            Floods hit the region on March 3-5.; March 3-5|2025-03-03|2025-03-05|DAY|false
            Growth is expected to slow by mid-2023.; mid-2023|2023||YEAR|false
            The first cases appeared in early March.; early March|2025-03||MONTH|false
            A gunman opened fire at a bar yesterday.; yesterday|2025-03-28||DAY|false
            The mayor will address the city tonight.; tonight|2025-03-29||DAY|false
            Two men were arrested this morning in Leeds.; this morning|2025-03-29||DAY|false
            Shots were fired outside the club last night.; last night|2025-03-28||DAY|false
            The verdict is expected tomorrow.; tomorrow|2025-03-30||DAY|false
            Unemployment fell last month to 4 percent.; last month|2025-02||MONTH|false
            The factory closed last year after the fire.; last year|2024||YEAR|false
            Elections are due to be held next month.; next month|2025-04||MONTH|false
            Exports have doubled this year.; this year|2025||YEAR|false
            Two soldiers were killed earlier this week near the border.; earlier this week|2025-03-24|2025-03-29|DAY|false
            Inflation has climbed since 2022.; 2022|2022||YEAR|false
            The boy went missing two days ago.; two days ago|2025-03-27||DAY|false
            The bridge collapsed three weeks ago.; three weeks ago|2025-03-08||DAY|false
            The mine was closed a year ago.; a year ago|2024||YEAR|false
            The suspect was arrested last Friday in Ohio.; last Friday|2025-03-28||DAY|false
            Police found the car on Tuesday night.; Tuesday night|2025-03-25||DAY|false
            Friday's attack killed 12 people.; Friday's|2025-03-28||DAY|false
            Three people were shot late Sunday in Memphis.; late Sunday|2025-03-23||DAY|false
            The ministers will meet on Tuesday in Brussels.; Tuesday|2025-04-01||DAY|false
            The president is scheduled to visit the flood zone on Tuesday.; Tuesday|2025-04-01||DAY|false
            The blast happened early Monday near the station.; early Monday|2025-03-24||DAY|false
            He died on Saturday at a hospital in Lagos.; Saturday|2025-03-29||DAY|false
            The ministry said on Tuesday that 14 people had died.; Tuesday|2025-03-25||DAY|true
            The army said in a statement yesterday that the raid was over.; yesterday|2025-03-28||DAY|true
            The governor told reporters on Monday the state would rebuild.; Monday|2025-03-24||DAY|true
            The company announced Friday it would cut 500 jobs.; Friday|2025-03-28||DAY|true
            North Korea on Saturday said that it had tested a missile.; Saturday|2025-03-29||DAY|true
            Police said Tuesday the suspect had fled.; Tuesday|2025-03-25||DAY|true
            The firm said in a statement released Thursday that its systems were restored.; Thursday|2025-03-27||DAY|true
            North Korea yesterday said that Japan had offered talks.; yesterday|2025-03-28||DAY|true
            The shooting happened Friday, police said.; Friday|2025-03-28||DAY|false
            Evana Roth told CNN in August she thought her husband had drowned.; August|2024-08||MONTH|true
            The book is due to be published in May.; May|2025-05||MONTH|false
            He lost his seat last May.; last May|2024-05||MONTH|false
            He was last seen late last July near the beach.; late last July|2024-07||MONTH|false
            On Feb. 28, the bank released a note.; Feb. 28|2025-02-28||DAY|false
            The flu pandemic of 2009-2010 killed hundreds of children.; 2009-2010|2009|2010|YEAR|false
            The storm hit on Friday, March 28, 2025.; Friday, March 28, 2025|2025-03-28||DAY|false
            The shooting happened around 10:30 p.m. Saturday in the 1200 block of West Main Street, police said.; Saturday|2025-03-29||DAY|false
            Officers were called to the scene at about 2:15 a.m. Sunday.; Sunday|2025-03-23||DAY|false
            A 17-year-old was killed and three others were wounded in a shooting early Saturday in Chicago.; early Saturday|2025-03-29||DAY|false
            Authorities said Sunday the gunman had been arrested.; Sunday|2025-03-23||DAY|true
            In March 20 people were killed in the region.; March|2025-03||MONTH|false
            The victims were named by police in a news conference on Thursday.; Thursday|2025-03-27||DAY|true
            The shopkeeper Ajmal Jan said the blast shook the street on Thursday.; Thursday|2025-03-27||DAY|false
            USA Today reported on Monday that two people died.; Monday|2025-03-24||DAY|true
            The shooting on March 22 left two dead.; March 22|2025-03-22||DAY|false
            """)
    void resolvesOneDateMention(String sentence, String expected) {
        // given a news sentence written on 2025-03-29
        // when the extractor runs
        List<String> dates = datesOf(sentence);
        // then exactly the expected date is found
        assertThat(dates).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            The shooting was reported at 8:10am near the school.
            The rally starts at 8 p.m. outside city hall.
            The two countries have not held a summit in about 20 years.
            Rescuers searched for six days before finding the boat.
            The parties must agree within six days.
            A 20-year-old man was shot in the leg.
            He is serving a 10-year sentence for fraud.
            She made a second visit to the camp.
            Fighting resumed on the second day of Eid.
            He may go to the hearing if his lawyers agree.
            Thousands of protesters march through the city every weekend.
            The flood displaced 2,002 people in the valley.
            The tickets cost $2002 each.
            The crash closed Route 2002 for hours.
            Officials counted about 80,000 refugees at the border.
            The children attend Sunday school at the church.
            Officers responded to the 1900 block of Main Street.
            The music of the 1990s is back in fashion.
            """)
    void findsNoDateIn(String sentence) {
        // given a sentence with times, durations, ordinals, counts or words that only look like dates
        // when the extractor runs
        List<String> dates = datesOf(sentence);
        // then nothing is taken for a date
        assertThat(dates).isEmpty();
    }

    @Test
    void separatesEventDateFromReportDate() {
        // given an event date and a report date in one sentence
        String text = "Gunmen killed 12 villagers on Thursday, the army said on Saturday.";
        // when the extractor runs
        List<String> dates = datesOf(text);
        // then the event date is not flagged and the report date is
        assertThat(dates).containsExactly("Thursday|2025-03-27||DAY|false", "Saturday|2025-03-29||DAY|true");
    }

    @Test
    void resolvesEachWeekdayByItsOwnClause() {
        // given a past weekday and a future weekday in two clauses of one sentence
        String text = "The team, which lost on Sunday, will play again on Friday.";
        // when the extractor runs
        List<String> dates = datesOf(text);
        // then the past one lies before the reference date and the future one after it
        assertThat(dates).containsExactly("Sunday|2025-03-23||DAY|false", "Friday|2025-04-04||DAY|false");
    }

    @Test
    void givesOffsetsRelativeToTheSentence() {
        // given two sentences, the second with a date
        String text = "Nobody was hurt. The fire started on 12 January 2025 in a warehouse.";
        Document document = Document.of(text, REFERENCE);
        new SentenceSplitter().annotate(document);
        // when the extractor runs
        extractor.annotate(document);
        // then the mention points into the second sentence's own text
        DateMention mention = document.dates().get(0);
        assertThat(mention.sentence()).isEqualTo(1);
        assertThat(document.sentence(1).text().substring(mention.start(), mention.end())).isEqualTo("12 January 2025");
        assertThat(mention.value().isoStart()).isEqualTo("2025-01-12");
    }

    @Test
    void declaresItsLayers() {
        // given the extractor
        // when its contract is read
        // then it needs sentences and provides dates
        assertThat(extractor.requires()).containsExactly(Layer.SENTENCES);
        assertThat(extractor.provides()).containsExactly(Layer.DATES);
    }
}
