package nl.meedoen.signing;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The six Persian letters ICU leaves unshaped get the form their neighbours ask for. */
class PersianLettersTest {

    @Test
    void aLetterTakesTheIsolatedFinalInitialOrMedialFormByItsNeighbours() {
        assertEquals("\uFB7A", PersianLetters.shaped("چ"), "alone");
        assertEquals("\uFB58در", PersianLetters.shaped("پدر"), "initial: dal joins back to it");
        assertEquals("ب\uFBFD", PersianLetters.shaped("بی"), "final: beh joins onward");
        assertEquals("د\uFBFC", PersianLetters.shaped("دی"), "isolated: dal does not join onward");
        assertEquals("\uFB58\uFBFF\uFB91ر", PersianLetters.shaped("پیکر"), "medial between joining letters");
        assertEquals("\uFBFE\uFB8F", PersianLetters.shaped("یک"), "two Persian letters join each other");
        assertEquals("\uFB94ل", PersianLetters.shaped("گل"));
    }

    @Test
    void zheJoinsOnlyToTheLetterBeforeIt() {
        assertEquals("\uFB8Aاله", PersianLetters.shaped("ژاله"));
        assertEquals("م\uFB8Bه", PersianLetters.shaped("مژه"));
    }

    @Test
    void aZeroWidthNonJoinerBreaksTheJoinAndMarksDoNot() {
        assertEquals("م\uFBFD\u200C\uFB90ن\uFBFFم", PersianLetters.shaped("می\u200Cکنیم"));
        assertEquals("ب\u064E\uFBFD", PersianLetters.shaped("ب\u064Eی"), "the fatha between them is skipped");
    }

    @Test
    void afterIcusShapingTheWordIsJoinedThroughout() throws ArabicShapingException {
        String word = "بیگانه";
        String shaped = PersianLetters.shaped(new ArabicShaping(ArabicShaping.LETTERS_SHAPE).shape(word));

        assertEquals("\uFE91\uFBFF\uFB95\uFE8E\uFEE7\uFEEA", shaped, "beh initial, yeh and gaf medial, alef final, noon initial, heh final");
        assertEquals(word, Normalizer.normalize(shaped, Normalizer.Form.NFKC));
    }

    @Test
    void textWithoutPersianLettersIsLeftAsItIs() {
        String arabic = "\uFE91\uFEB4\uFEE2";
        assertEquals(arabic, PersianLetters.shaped(arabic));
        assertEquals("Ik doe mee", PersianLetters.shaped("Ik doe mee"));
    }
}
