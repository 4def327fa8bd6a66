package kz.atazan.text;

import java.util.List;
import kz.atazan.model.Language;

/**
 * The grammatical forms the name table stores for each language, in the order its entries list
 * them. Russian: the six cases. Kazakh: the seven cases (атау, ілік, барыс, табыс, жатыс, шығыс,
 * көмектес), written out because their suffixes follow vowel harmony and the word's last sound:
 * they are stored, never computed. English: one form.
 */
final class Forms {

    private static final List<String> RU = List.of("nom", "gen", "dat", "acc", "ins", "prep");
    private static final List<String> KK = List.of("nom", "gen", "dat", "acc", "loc", "abl", "ins");
    private static final List<String> EN = List.of("nom");

    private Forms() {}

    static List<String> of(Language language) {
        return switch (language) {
            case RU -> RU;
            case KK -> KK;
            case EN -> EN;
        };
    }
}
