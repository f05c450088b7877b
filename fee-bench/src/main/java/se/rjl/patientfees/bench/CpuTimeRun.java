package se.rjl.patientfees.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.IntToLongFunction;
import se.rjl.patientfees.engine.outpatient.OutpatientPricer;

/**
 * The benchmarks of this module timed by the thread's own CPU time instead of the wall clock, and
 * their allocation by the JVM's per-thread allocation counter. On a shared machine (2 cores, several
 * builds at once) JMH's wall-clock figures swing tenfold between iterations; CPU time leaves out the
 * time the thread waited for a core, so the engine and the hand-coded reference, measured round after
 * round in turn, can be compared. Run:
 * {@code java -cp fee-bench/target/benchmarks.jar se.rjl.patientfees.bench.CpuTimeRun [rounds]}.
 */
public final class CpuTimeRun {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private static long sink;

  private CpuTimeRun() {}

  /** One measured pass: CPU ns and bytes per operation. */
  record Pass(double nanos, double bytes) {}

  static Pass pass(int ops, IntToLongFunction op) {
    long thread = Thread.currentThread().getId();
    long bytes0 = THREADS.getThreadAllocatedBytes(thread);
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    long acc = 0;
    for (int i = 0; i < ops; i++) {
      acc += op.applyAsLong(i);
    }
    long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
    long bytes = THREADS.getThreadAllocatedBytes(thread) - bytes0;
    sink += acc;
    return new Pass((double) cpu / ops, (double) bytes / ops);
  }

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 11;
    VariedBatchBenchmark varied = new VariedBatchBenchmark();
    varied.contacts = 1_000_000;
    varied.seed = 2026;
    varied.setUp();
    LedgerBenchmark ledger = new LedgerBenchmark();
    ledger.setUp();
    VariedBatch batch = varied.batch;
    int n = batch.size();

    String[] names = {"varied batch, engine", "varied batch, hand-coded reference", "ledger update", "12-contact history"};
    int[] ops = {n, n, 1_000_000, 20_000};
    IntToLongFunction[] bodies = {
      i -> OutpatientPricer.price(varied.book, batch.patients[i], batch.contacts[i]).payableOre(),
      i -> varied.reference.price(batch.patients[i], batch.contacts[i]),
      i -> ledger.ledgerUpdate().result().payOre(),
      i -> ledger.twelveContactHistory().size()
    };
    double[][] nanos = new double[names.length][rounds];
    double[][] bytes = new double[names.length][rounds];
    double[] ratio = new double[rounds];
    for (int w = 0; w < 3; w++) {
      for (int b = 0; b < names.length; b++) {
        pass(ops[b], bodies[b]);
      }
    }
    for (int r = 0; r < rounds; r++) {
      for (int b = 0; b < names.length; b++) {
        Pass p = pass(ops[b], bodies[b]);
        nanos[b][r] = p.nanos();
        bytes[b][r] = p.bytes();
      }
      ratio[r] = nanos[0][r] / nanos[1][r];
    }
    System.out.printf("%d contacts in the varied batch (%d candidates refused by the engine and drawn again); %d rounds%n",
        n, batch.refused, rounds);
    System.out.printf("%-36s %12s %12s %12s%n", "CPU time per operation", "min ns", "median ns", "bytes/op");
    for (int b = 0; b < names.length; b++) {
      System.out.printf("%-36s %12.1f %12.1f %12.1f%n", names[b], min(nanos[b]), median(nanos[b]), median(bytes[b]));
    }
    System.out.printf("engine / hand-coded reference, per round: median %.1f×, best %.1f×%n", median(ratio), min(ratio));
    if (sink == 42) {
      System.out.println();
    }
  }

  static double min(double[] v) {
    return Arrays.stream(v).min().orElse(Double.NaN);
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
