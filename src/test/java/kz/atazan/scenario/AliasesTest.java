package kz.atazan.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import kz.atazan.model.Act;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Entity;
import kz.atazan.model.NameList;
import kz.atazan.model.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The other names of the vocabulary (aliases.yaml and the official names): one meaning each, and read everywhere a name is read. */
class AliasesTest {

    @Test
    void noSpellingNamesTwoThingsOfOneKind() {
        assertEquals(List.of(), Aliases.table().collisions());
    }

    @Test
    void everyAliasResolvesToTheNameItIsListedUnder() {
        for (NameList list : List.of(NameList.TARGETS, NameList.ACTS, NameList.CIRCUMSTANCES)) {
            for (Named name : list.members()) {
                for (Aliases.Alias alias : Aliases.table().of(name)) {
                    assertEquals(Optional.of(name), Vocabulary.name(list, alias.written()).value(), alias.written());
                }
            }
        }
    }

    @Test
    void theOfficialNameOfEveryOrganAndOfficeInRussianAndKazakhIsAccepted() {
        for (kz.atazan.model.Language language : List.of(kz.atazan.model.Language.RU, kz.atazan.model.Language.KK)) {
            for (Entity e : Entity.values()) {
                String official = kz.atazan.text.Words.in(language).name(e);
                assertEquals(Optional.of(e), Vocabulary.name(NameList.TARGETS, official).value(), official);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TARGETS | akim-of-oblast | akim-of-region",
        "TARGETS | Akim_of_Raion | akim-of-district",
        "TARGETS | аким района | akim-of-district",
        "TARGETS | Аким-области | akim-of-region",
        "TARGETS | облыс әкімі | akim-of-region",
        "TARGETS | general-prosecutor | prosecutor-general",
        "TARGETS | Генеральный прокурор | prosecutor-general",
        "TARGETS | cabinet | government",
        "TARGETS | Правительство | government",
        "TARGETS | Үкімет | government",
        "TARGETS | prime minister | prime-minister",
        "ACTORS | Президент | president",
        "ACTORS | ПРЕЗИДЕНТ | president",
        "CONSENTING_BODIES | Сенат | senate",
        "CONSENTING_BODIES | Мәжіліс | majilis",
        "ACTS | освободить | dismiss",
        "ACTS | освобождение от должности | dismiss",
        "ACTS | роспуск | dissolve",
        "ACTS | отставка | resign",
        "ACTS | орнынан түсу | resign",
        "ACTS | согласие | consent",
        "ACTS | келісім | consent",
        "ACTS | appointment | appoint",
        "ACTS | назначение | appoint",
        "ACTS | тағайындау | appoint",
        "CIRCUMSTANCES | чрезвычайное положение | state-of-emergency",
        "CIRCUMSTANCES | военное положение | martial-law",
    })
    void aNameInAnyOfTheThreeLanguagesResolvesToItsCanonicalName(NameList list, String written, String canonical) {
        Vocabulary.Lookup<Named> lookup = Vocabulary.name(list, written);
        assertEquals(canonical, lookup.value().map(Named::label).orElseGet(() -> lookup.problem().toString()));
    }

    @Test
    void anUnknownNameIsAnsweredWithTheNearestNamesByAliasAndEditDistance() {
        // "raion" is a district: the nearest name is the district's akim, not the oblast's
        List<Named> near = Vocabulary.nearest(NameList.TARGETS, "akim-raion");
        assertEquals(Entity.AKIM_OF_DISTRICT, near.get(0));
        assertFalse(near.contains(Entity.AKIM_OF_REGION), near.toString());
        assertEquals(Entity.AKIM_OF_DISTRICT, Vocabulary.nearest(NameList.TARGETS, "akim-of-rajon").get(0));
        assertEquals(Entity.PROSECUTOR_GENERAL, Vocabulary.nearest(NameList.TARGETS, "prosecutor").get(0));
        assertEquals(Entity.CHAIR_OF_KURULTAI, Vocabulary.nearest(NameList.TARGETS, "kurultai-speakr").get(0));
        assertEquals(Act.DISMISS, Vocabulary.nearest(NameList.ACTS, "освобожение").get(0));
        assertEquals(List.of(), Vocabulary.nearest(NameList.TARGETS, "king"));
        assertTrue(Vocabulary.nearest(NameList.TARGETS, "аким").size() <= 3);
    }

    @Test
    void theProblemOffersTheNearestFewAndNeverTheWholeList() {
        String problem = Vocabulary.name(NameList.TARGETS, "akim-raion").problem().toString();
        assertEquals("unknown target 'akim-raion'; did you mean 'akim-of-district'?", problem);
        String far = Vocabulary.name(NameList.TARGETS, "king").problem().toString();
        assertTrue(far.contains("'atazan vocabulary WORD' searches"), far);
        assertTrue(far.length() < 200, far);
        assertEquals("'appointment' names the act 'appoint', which cannot be the target ('atazan vocabulary WORD' searches the names)",
                Vocabulary.name(NameList.TARGETS, "appointment").problem().toString());
    }

    @Test
    void aSearchFindsNamesByTheirAliasesAndMeaningsInTheThreeLanguages() {
        assertEquals(List.of(Act.RESIGN), Vocabulary.search("отставка").names());
        assertTrue(Vocabulary.search("роспуск").names().contains(Act.DISSOLVE));
        assertTrue(Vocabulary.search("роспуск").names().contains(Circumstance.WITHIN_A_YEAR_OF_PREVIOUS_DISSOLUTION));
        assertEquals(List.of(Entity.AKIM_OF_REGION), Vocabulary.search("akim-of-oblast").names());
        assertTrue(Vocabulary.search("әкім").names().containsAll(List.of(Entity.AKIM_OF_DISTRICT, Entity.AKIM_OF_REGION)));
        assertTrue(Vocabulary.search("prosecutor").matched());
        Vocabulary.Search near = Vocabulary.search("akim-of-rajon");
        assertFalse(near.matched());
        assertEquals(Entity.AKIM_OF_DISTRICT, near.names().get(0));
    }
}
