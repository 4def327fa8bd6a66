package kz.atazan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A scenario's expected citation may name the constitution, since the 2026 text renumbered the articles. */
class CiteTest {

    private static Citation citation(String provision, Edition edition) {
        return new Citation("test.cite.a-rule." + edition.tag(), Map.of(Language.EN, "a rule"), Provision.parse(provision).orElseThrow(), edition,
                new Period(edition.effective(), edition.effective()), "цитата", Optional.empty(), LocalDate.of(2026, 11, 27));
    }

    @Test
    void readsAProvisionWithOrWithoutItsConstitution() {
        assertEquals(Optional.empty(), Cite.parse("Art. 89(4)").orElseThrow().constitution());
        assertEquals(Optional.of(Constitution.OF_2026), Cite.parse("Art. 89(4), Constitution of 2026").orElseThrow().constitution());
        assertEquals(Optional.of(Constitution.OF_1995), Cite.parse("Art. 87(4) (1995)").orElseThrow().constitution());
        assertEquals("Art. 89(4), Constitution of 2026", Cite.parse("art. 89 (4), the constitution of 2026").orElseThrow().toString());
    }

    @Test
    void aConstitutionNamedMustMatchTheCitation() {
        Cite of2026 = Cite.parse("Art. 46(5), Constitution of 2026").orElseThrow();
        assertTrue(of2026.isAnsweredBy(citation("Art. 46(5)", Edition.CONSTITUTION_OF_2026)));
        assertFalse(of2026.isAnsweredBy(citation("Art. 46(5)", Edition.TEXT_OF_2019)));
        assertTrue(Cite.parse("Art. 46").orElseThrow().isAnsweredBy(citation("Art. 46(5)", Edition.TEXT_OF_2019)));
    }

    @Test
    void aCitationNamesItsConstitution() {
        assertEquals("Art. 87(4), Constitution of 1995", citation("Art. 87(4)", Edition.LAW_OF_8_JUNE_2022).reference());
        assertEquals("Art. 89(4), Constitution of 2026", citation("Art. 89(4)", Edition.CONSTITUTION_OF_2026).reference());
    }
}
