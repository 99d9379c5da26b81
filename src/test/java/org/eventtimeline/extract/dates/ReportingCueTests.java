package org.eventtimeline.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests telling report dates from event dates. */
class ReportingCueTests {

    private final ReportingCue cue = new ReportingCue();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            The ministry said on Tuesday that 14 people had died.; Tuesday; true
            The governor told reporters Monday the state would rebuild.; Monday; true
            A spokesman told the media on Wednesday that talks continue.; Wednesday; true
            The army said in a statement yesterday the raid was over.; yesterday; true
            In a statement released Thursday the firm apologised.; Thursday; true
            North Korea yesterday said that Japan offered talks.; yesterday; true
            On Saturday, the health ministry said 40 people had died.; Saturday; true
            The shooting happened Friday, police said.; Friday; false
            On Friday, a gunman killed five people.; Friday; false
            His victory was confirmed on Wednesday.; Wednesday; false
            He said Friday's attack was planned abroad.; Friday's; false
            Police said the man was shot on Friday.; Friday; false
            """)
    void flagsDatesOfSpeechActs(String sentence, String date, boolean expected) {
        // given a sentence and one date in it
        int at = sentence.indexOf(date);
        // when the cue is read
        boolean reporting = cue.isReporting(sentence, at, at + date.length());
        // then only dates attached to a speech verb are flagged
        assertThat(reporting).isEqualTo(expected);
    }

    @Test
    void aWindowCutInsideAWordStillTriesItsFirstChar() {
        // given "unsaid" cut by the 80-char window before the date: the pattern sees only "said ... on"
        String text = "unsaid" + " ".repeat(73) + "on Friday";
        int at = text.indexOf("Friday");
        // when the cue is read
        // then the cut word counts as it did when the window alone was matched
        assertThat(cue.isReporting(text, at, at + 6)).isTrue();
    }
}
