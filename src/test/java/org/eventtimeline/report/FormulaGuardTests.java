package org.eventtimeline.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FormulaGuardTests {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", ReportFixtures.FORMULA})
    void textStartingWithAFormulaCharacterIsPrefixedWithAQuote(String text) {
        // given a cell text a spreadsheet would evaluate
        // when it is neutralised
        String safe = FormulaGuard.neutralise(text);
        // then it keeps its text behind a single quote
        assertThat(FormulaGuard.isDangerous(text)).isTrue();
        assertThat(safe).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Paris", "3 killed", " =1", "'quoted", "a=b", "2025-03-28"})
    void ordinaryTextIsLeftAlone(String text) {
        // given text that does not begin with a formula character
        // when it is neutralised
        // then it is unchanged
        assertThat(FormulaGuard.isDangerous(text)).isFalse();
        assertThat(FormulaGuard.neutralise(text)).isEqualTo(text);
    }

    @Test
    void nullAndEmptyBecomeEmpty() {
        // given no text / when neutralised / then empty and not dangerous
        assertThat(FormulaGuard.neutralise(null)).isEmpty();
        assertThat(FormulaGuard.neutralise("")).isEmpty();
        assertThat(FormulaGuard.isDangerous(null)).isFalse();
    }
}
