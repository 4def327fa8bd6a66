package kz.atazan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-rule rule set for the tests of the tools that compare rule versions (diff, mutate, the
 * reports on rules that cannot be loaded): the President appoints the Chair of the National Bank
 * with the consent of the body named, and a scenario that expects the Senate's consent to suffice.
 */
public final class BankRule {

    private static final String RULE = """
            package president;

            import kz.atazan.model.*;

            rule "president.appoint.chair-of-national-bank.2022"
                @en("The President appoints the Chair of the National Bank with the consent of the Senate")
                @ru("Президент назначает Председателя Национального Банка с согласия Сената")
                @kk("Президент Ұлттық Банктің Төрағасын Сенаттың келісімімен тағайындайды")
                @provision("Art. 44(4)")
                @edition("LAW_OF_8_JUNE_2022")
                @inForce("2022-06-08/2026-06-30")
                @quote("с согласия Сената Парламента назначает на должности")
                @checked("2026-11-27")
            when
                Action(actor == Entity.PRESIDENT, act == Act.APPOINT, target == Entity.CHAIR_OF_NATIONAL_BANK)
            then
                insert(new Grant());
                insert(Requirement.consentOf(Entity.%s));
            end
            """;

    /** One scenario: the appointment with the Senate's consent is constitutional on 15 March 2024. */
    public static final String WITH_SENATE_CONSENT = """
            scenarios:
              - id: with-senate-consent
                action: {actor: president, act: appoint, target: chair-of-national-bank, consents: [senate]}
                expect:
                  - {date: 2024-03-15, verdict: constitutional, cites: ["Art. 44(4)"]}
            """;

    private BankRule() {}

    /** Writes the rule, with the consent of {@code consentingBody} (an Entity constant), as the rule folder {@code folder/name}. */
    public static Path write(Path folder, String name, String consentingBody) throws IOException {
        Path file = folder.resolve(name).resolve("president/appoint.drl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, RULE.formatted(consentingBody));
        return folder.resolve(name);
    }
}
