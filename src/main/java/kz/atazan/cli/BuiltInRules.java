package kz.atazan.cli;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import kz.atazan.engine.Engine;
import kz.atazan.engine.RuleBase;
import kz.atazan.engine.RuleProblems;

/**
 * The engine on the rules compiled into the build: one for the whole process (it is safe to share:
 * each question gets a session of its own), loaded when first needed, or on a thread of its own as
 * soon as the process starts. Loading the executable model and reading the command line each take
 * about a third of a cold start; on two cores they need not wait for each other.
 */
final class BuiltInRules {

    private static final FutureTask<Engine> LOADING = new FutureTask<>(() -> new Engine(RuleBase.builtIn()));
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private BuiltInRules() {}

    /**
     * Whether the arguments name one command that takes its rules from {@link RulesOption}, give no
     * folder of rules and ask for more than the help or the version: only then is loading the
     * built-in rules before parsing them worth it. Not for {@code serve}: its first page needs no
     * rule, and on two cores loading them at once would only slow it; it starts the loading itself
     * once it listens.
     */
    static boolean worthLoadingEarly(String[] args) {
        List<Class<?>> commands = Main.commandsFor(args);
        if (commands.size() != 1 || !readsRules(commands.get(0)) || commands.get(0) == ServeCommand.class) {
            return false;
        }
        return Arrays.stream(args).noneMatch(a -> a.equals("--rules") || a.startsWith("--rules=")
                || a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V"));
    }

    private static boolean readsRules(Class<?> command) {
        return Arrays.stream(command.getDeclaredFields()).map(Field::getType).anyMatch(RulesOption.class::equals);
    }

    /** Starts loading the rules in the background, unless that has begun already. */
    static void startLoading() {
        if (STARTED.compareAndSet(false, true)) {
            Thread loader = new Thread(LOADING, "atazan-rules");
            loader.setDaemon(true);
            loader.start();
        }
    }

    /** The engine: waits for the loading begun in the background to end, or loads the rules now if it has not begun. */
    static Engine engine() throws RuleProblems {
        LOADING.run();
        try {
            return LOADING.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the rules were loading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuleProblems problems) {
                throw problems;
            }
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new IllegalStateException("the rules could not be loaded", e.getCause());
        }
    }
}
