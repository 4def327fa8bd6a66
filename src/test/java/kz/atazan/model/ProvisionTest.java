package kz.atazan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProvisionTest {

    private static Provision p(String text) {
        return Provision.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
    }

    @Test
    void readsTheFormsLawyersWrite() {
        assertEquals(new Provision("87", "4", null), p("Art. 87(4)"));
        assertEquals(new Provision("56", "1", "2"), p("Art. 56(1)(2)"));
        assertEquals(new Provision("83-1", null, null), p("Art. 83-1"));
        assertEquals(new Provision("55", "1-1", null), p("Art. 55(1-1)"));
        assertEquals(p("Art. 87(4)"), p("  art.87 ( 4 ) "));
    }

    @Test
    void writesThemBack() {
        assertEquals("Art. 56(1)(2)", p("art. 56 (1) (2)").toString());
        assertEquals("Art. 83-1(3)", p("Art. 83-1(3)").toString());
    }

    @Test
    void rejectsWhatIsNotAProvision() {
        assertTrue(Provision.parse("87(4)").isEmpty());
        assertTrue(Provision.parse("Art. four").isEmpty());
        assertTrue(Provision.parse("Art. 87(4) and 88").isEmpty());
    }

    @Test
    void aProvisionFallsUnderItsArticleAndParagraphButNotASibling() {
        assertTrue(p("Art. 87(4)").fallsUnder(p("Art. 87")));
        assertTrue(p("Art. 87(4)").fallsUnder(p("Art. 87(4)")));
        assertTrue(p("Art. 56(1)(2)").fallsUnder(p("Art. 56(1)")));
        assertFalse(p("Art. 87(4)").fallsUnder(p("Art. 87(5)")));
        assertFalse(p("Art. 87").fallsUnder(p("Art. 87(4)")));
        assertFalse(p("Art. 83-1").fallsUnder(p("Art. 83")));
    }
}
