package nl.meedoen.signing;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;

/** ICU's right-to-left reordering and Arabic shaping, with the Persian letters ICU leaves out shaped too. */
final class ShapingReorderer implements BidiReorderer {

    private final ICUBidiReorderer icu = new ICUBidiReorderer();

    @Override
    public String reorderRTLTextToLTR(String text) {
        return icu.reorderRTLTextToLTR(text);
    }

    @Override
    public String shapeText(String text) {
        return PersianLetters.shaped(icu.shapeText(text));
    }

    @Override
    public String deshapeText(String text) {
        return icu.deshapeText(text);
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }
}
