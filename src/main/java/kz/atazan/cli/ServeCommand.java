package kz.atazan.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import kz.atazan.engine.Engine;
import kz.atazan.web.Site;
import kz.atazan.web.WebServer;
import kz.atazan.text.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false)
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    RulesOption rules;

    @Option(names = "--port", paramLabel = "PORT", descriptionKey = "serve.port")
    int port = 8080;

    @Option(names = "--host", paramLabel = "HOST",
            descriptionKey = "serve.host")
    String host = "127.0.0.1";

    @Option(names = "--scenarios", paramLabel = "PATH", descriptionKey = "serve.scenarios")
    List<Path> scenarios;

    /** The command's sentences: loaded only when one is said, so that the first page need not wait for a language it may not be in. */
    private Words words() {
        return Words.in(main.language());
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintStream out = main.streams().out();
        PrintStream err = main.streams().err();
        if (port < 0 || port > 65535) {
            err.println("atazan serve: " + words().say("cli.serve.not-a-port", "port", Integer.toString(port)));
            return ExitCode.BAD_INPUT;
        }
        Clock clock = Clock.systemDefaultZone();
        List<Path> questions = BundledScenarios.orDefault(scenarios);
        Site site;
        if (rules.builtIn()) {
            // the server answers while the rules load (begun once it listens): the form needs none of them
            site = Site.onBuiltInRules(() -> rules.engine(err).orElseThrow(), clock, questions);
        } else {
            Optional<Engine> engine = rules.engine(err);
            if (engine.isEmpty()) {
                return ExitCode.RULES_BROKEN;
            }
            site = Site.surveying(engine.get(), clock, questions);
        }
        WebServer server;
        try {
            server = WebServer.start(site, host, port);
        } catch (IOException | IllegalArgumentException | SecurityException e) {
            err.println("atazan serve: " + words().say("cli.serve.cannot-listen", "address", host + ":" + port, "reason", String.valueOf(e.getMessage())));
            return ExitCode.BAD_INPUT;
        }
        if (rules.builtIn()) {
            BuiltInRules.startLoading();
            // the address is said once the rules have loaded, or not at all if they cannot be
            if (rules.engine(err).isEmpty()) {
                server.close();
                return ExitCode.RULES_BROKEN;
            }
        }
        String shown = server.host().contains(":") ? "[" + server.host() + "]" : server.host();
        out.println(words().say("cli.serve.serving", "url", "http://" + shown + ":" + server.port() + "/"));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return ExitCode.OK;
    }
}
