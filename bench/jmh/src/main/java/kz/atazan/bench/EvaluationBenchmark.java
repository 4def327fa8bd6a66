package kz.atazan.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.atazan.engine.Engine;
import kz.atazan.engine.RuleBase;
import kz.atazan.model.Action;
import kz.atazan.model.Judgment;
import kz.atazan.model.Language;
import kz.atazan.scenario.JudgmentText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Evaluation throughput in actions a second, each benchmark over the same 108 actions: the
 * hand-coded decision function (the limit), the engine's verdict (one Drools session a question,
 * the findings weighed into a judgment), and the same with its explanation written out as
 * {@code check} prints it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluationBenchmark {

    private Engine engine;
    private List<Action> actions;

    @Setup
    public void setUp() throws Exception {
        engine = new Engine(RuleBase.builtIn());
        actions = Actions.all();
        for (Action a : actions) {
            if (engine.judge(a).verdict() != HandCoded.verdict(a)) {
                throw new IllegalStateException("the hand-coded function and the engine disagree on " + a
                        + ": " + HandCoded.verdict(a) + " against " + engine.judge(a).verdict());
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(Actions.COUNT)
    public void handCoded(Blackhole out) {
        for (Action a : actions) {
            out.consume(HandCoded.verdict(a));
        }
    }

    @Benchmark
    @OperationsPerInvocation(Actions.COUNT)
    public void engineVerdict(Blackhole out) {
        for (Action a : actions) {
            out.consume(engine.evaluate(a).judgment().verdict());
        }
    }

    @Benchmark
    @OperationsPerInvocation(Actions.COUNT)
    public void engineExplained(Blackhole out) {
        for (Action a : actions) {
            Judgment judgment = engine.evaluate(a).judgment();
            out.consume(JudgmentText.lines(judgment, Language.EN, false));
        }
    }
}
