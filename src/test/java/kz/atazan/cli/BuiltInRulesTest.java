package kz.atazan.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When the built-in rules are loaded before the command line is read, and that the process has one engine on them. */
class BuiltInRulesTest {

    private static boolean early(String... args) {
        return BuiltInRules.worthLoadingEarly(args);
    }

    @Test
    void aCommandThatAnswersFromTheBuiltInRulesLoadsThemEarly() {
        assertTrue(early("check", "--actor", "president", "--act", "appoint", "--target", "prime-minister"));
        assertTrue(early("--lang", "ru", "run", "scenarios"));
        assertTrue(early("powers", "--on", "2023-07-01"));
    }

    @Test
    void otherwiseNot() {
        assertFalse(early("check", "--rules", "rules", "--actor", "president"), "a folder of rules is compiled instead");
        assertFalse(early("check", "--rules=rules"));
        assertFalse(early("check", "--help"));
        assertFalse(early("--version"));
        assertFalse(early("vocabulary"), "no rule is read");
        assertFalse(early("chek"), "no command is named");
        assertFalse(early("serve"), "its first page needs no rule: it loads them once it listens");
    }

    @Test
    void oneEngineForTheProcess() throws Exception {
        BuiltInRules.startLoading();
        assertSame(BuiltInRules.engine(), BuiltInRules.engine());
    }
}
