package org.isnad.extraction.engine.quantity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A lone year-range number after a noun ("فيضان 2019", "خطة 2040") is a date or part of a name, not an amount. */
class BareYearsTest {

    @Test
    void aBareYearAfterANounIsNotAQuantity() {
        String text = "ما زالت آثار فيضان 2019 ظاهرة، وتسعى خطة 2040 إلى إعادة بناء الجسور.";
        assertTrue(QuantityRecognizerTest.find(text).isEmpty(), () -> QuantityRecognizerTest.find(text).toString());
    }

    /** The same digits counting something, or approximated, stay quantities; so does a number outside the range. */
    @Test
    void countedOrApproximatedYearRangeNumbersStayQuantities() {
        QuantityRecognizerTest.expect("نزح 2019 شخصاً من القرى الجبلية.", "2019 شخصاً", 2019.0, false, "شخص");
        String approx = "وصل عدد الزوار إلى نحو 2050 في يوم الافتتاح.";
        assertTrue(QuantityRecognizerTest.find(approx).stream().anyMatch(q -> q.text().contains("2050")), approx);
        String large = "وبلغ عدد المسجلين 3400 في المدينة.";
        assertTrue(QuantityRecognizerTest.find(large).stream().anyMatch(q -> q.text().equals("3400")), large);
    }
}
