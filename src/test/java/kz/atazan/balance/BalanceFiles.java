package kz.atazan.balance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.atazan.engine.Engine;
import kz.atazan.engine.RuleBase;
import kz.atazan.model.Language;
import kz.atazan.text.Messages;

/** Writes the committed dataset and charts in docs/balance/ (BalanceTest checks they are current). */
public final class BalanceFiles {

    static final Path FOLDER = Path.of("docs", "balance");
    /** The three days the README compares. */
    static final List<LocalDate> DAYS = List.of(LocalDate.of(2021, 5, 1), LocalDate.of(2023, 5, 1), LocalDate.of(2027, 3, 1));

    private BalanceFiles() {}

    static Map<Path, String> generate(Engine engine) {
        Balance all = Balance.of(engine);
        Messages en = Messages.of(Language.EN);
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(FOLDER.resolve("balance.csv"), BalanceCsv.of(all));
        files.put(FOLDER.resolve("balance.svg"), BalanceSvg.overTime(all, en));
        files.put(FOLDER.resolve("balance-2021-2023-2027.svg"), BalanceSvg.compare(Balance.onDays(engine, DAYS).periods(), DAYS, en));
        return files;
    }

    public static void main(String[] args) throws Exception {
        for (Map.Entry<Path, String> file : generate(new Engine(RuleBase.builtIn())).entrySet()) {
            Files.createDirectories(file.getKey().getParent());
            Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8);
            System.out.println("wrote " + file.getKey());
        }
    }
}
