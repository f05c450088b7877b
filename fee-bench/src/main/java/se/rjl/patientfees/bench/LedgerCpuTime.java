package se.rjl.patientfees.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Thread CPU time per operation of {@link LedgerBenchmark}'s methods, for a loaded machine where JMH's
 * wall-clock figures are not usable: {@code java -cp fee-bench/target/benchmarks.jar
 * se.rjl.patientfees.bench.LedgerCpuTime} from the repository root.
 */
public final class LedgerCpuTime {
  private LedgerCpuTime() {}

  public static void main(String[] a) throws Exception {
    LedgerBenchmark b = new LedgerBenchmark();
    b.setUp();
    org.openjdk.jmh.infra.Blackhole bh = new org.openjdk.jmh.infra.Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    for (String m : new String[] {"oneLedgerUpdate", "twelveLedgerCharges", "twelveContactHistory"}) {
      int ops = m.equals("oneLedgerUpdate") ? 1024 : 256;
      int reps = m.equals("twelveContactHistory") ? 200 : 2000;
      for (int round = 0; round < 4; round++) {
        long c0 = t.getCurrentThreadCpuTime();
        for (int i = 0; i < reps; i++) {
          switch (m) {
            case "oneLedgerUpdate" -> b.oneLedgerUpdate(bh);
            case "twelveLedgerCharges" -> b.twelveLedgerCharges(bh);
            default -> b.twelveContactHistory(bh);
          }
        }
        long c1 = t.getCurrentThreadCpuTime();
        if (round == 3) {
          System.out.printf("%s: %.1f ns CPU per op%n", m, (c1 - c0) / (double) (reps * (long) ops));
        }
      }
    }
  }
}
